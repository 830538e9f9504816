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

/** The seed's "Many To Many" through the {@code association} table, with the {@code parents} backref. */
final class ManyToMany implements Section {

    @Mapped
    static class Parent {
        Integer id;
        List<Child> children = new ArrayList<>();
    }

    @Mapped
    static class Child {
        Integer id;
        List<Parent> parents;
    }

    @Override
    public String name() {
        return "many-to-many";
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
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, leftTable,
                relationship("children", Child.class).secondary(associationTable).backref("parents"));
        registry.map(Child.class, rightTable);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
            Parent p1 = new Parent();
            Parent p2 = new Parent();
            Child c1 = new Child();
            Child c2 = new Child();
            p1.children.addAll(List.of(c1, c2));
            p2.children.add(c1);
            out.println("c1.parents has " + c1.parents.size() + " parents before any flush");
            session.addAll(List.of(p1, p2));
            session.commit();      // INSERT "left", INSERT "right", then the three association rows in one batch

            p1.children.remove(c2);
            session.commit();      // DELETE FROM association WHERE left_id = ? AND right_id = ?
            session.delete(c1);
            session.commit();      // c1's association rows are deleted before c1
            // end::use[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
