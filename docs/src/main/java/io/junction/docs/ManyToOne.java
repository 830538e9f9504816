package io.junction.docs;

import io.junction.docs.manytoone.Child;
import io.junction.docs.manytoone.Parent;
import io.junction.engine.Engine;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The seed's "Many To One", classical, with the {@code parents} backref. */
final class ManyToOne implements Section {

    @Override
    public String name() {
        return "many-to-one";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table parentTable = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("child_id", INTEGER).foreignKey("child.id"));
        Table childTable = metadata.table("child",
                column("id", INTEGER).primaryKey());

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parentTable, relationship("child", Child.class).backref("parents"));
        registry.map(Child.class, childTable);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            // tag::use[]
            Child child = new Child();
            Parent first = new Parent();
            Parent second = new Parent();
            first.child = child;
            second.child = child;
            out.println("child.parents before any flush: " + child.parents.size() + " parent(s)");

            session.add(first);    // the child and, through its parents backref, the second parent come along
            session.commit();      // INSERT child first: both parents' child_id refer to it
            // end::use[]
            id = child.id;
        }
        try (Session session = new Session(engine)) {
            // tag::load[]
            Child child = session.get(Child.class, id);
            int count = child.parents.size();         // one SELECT of the parents
            Parent parent = child.parents.get(0);
            out.println("child " + child.id + " has " + count + " parent(s); parent.child needs no SQL: "
                    + (parent.child == child));       // taken from the identity map
            // end::load[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
