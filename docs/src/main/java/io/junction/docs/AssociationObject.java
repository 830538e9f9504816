package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's "Association Object": a class mapped to the association table, with backrefs on both relationships. */
final class AssociationObject implements Section {

    @Mapped
    static class Parent {
        Integer id;
        List<Association> children = new ArrayList<>();
    }

    @Mapped
    static class Association {
        Integer leftId;
        Integer rightId;
        String data;
        Parent parent;
        Child child;
    }

    @Mapped
    static class Child {
        Integer id;
        List<Association> parentAssocs;

        @Override
        public String toString() {
            return "Child(" + id + ")";
        }
    }

    @Override
    public String name() {
        return "association-object";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table leftTable = metadata.table("left",
                column("id", INTEGER).primaryKey());
        Table rightTable = metadata.table("right",
                column("id", INTEGER).primaryKey());
        Table associationTable = metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
                column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
                column("data", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, leftTable, relationship("children", Association.class).backref("parent"));
        registry.map(Association.class, associationTable, relationship("child", Child.class).backref("parentAssocs"));
        registry.map(Child.class, rightTable);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
            // create parent, append a child via association
            Parent p = new Parent();
            Association a = new Association();
            a.data = "some data";
            a.child = new Child();
            p.children.add(a);
            session.add(p);
            session.commit();      // INSERT "left", INSERT "right", then INSERT association with both keys

            // iterate through child objects via association, including association attributes
            for (Association assoc : p.children) {
                out.println(assoc.data);
                out.println(assoc.child);
            }
            // end::use[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
