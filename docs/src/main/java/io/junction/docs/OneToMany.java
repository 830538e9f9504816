package io.junction.docs;

import io.junction.docs.onetomany.Child;
import io.junction.docs.onetomany.Parent;
import io.junction.engine.Engine;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The seed's "One To Many", classical, with the {@code parent} backref. */
final class OneToMany implements Section {

    @Override
    public String name() {
        return "one-to-many";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table parentTable = metadata.table("parent",
                column("id", INTEGER).primaryKey());
        Table childTable = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"));

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parentTable, relationship("children", Child.class).backref("parent"));
        registry.map(Child.class, childTable);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            // tag::use[]
            Parent parent = new Parent();
            Child child = new Child();
            parent.children.add(child);
            out.println("child.parent == parent before any flush: " + (child.parent == parent));

            session.add(parent);   // the child comes along: save-update cascade
            session.commit();      // INSERT parent, then INSERT child with its parent_id
            // end::use[]
            id = parent.id;
        }
        try (Session session = new Session(engine)) {
            // tag::load[]
            Parent parent = session.get(Parent.class, id);
            out.println("loaded parent " + parent.id + "; its children are not loaded yet");
            int count = parent.children.size();   // one SELECT of the children, now
            out.println("parent " + parent.id + " has " + count + " child(ren); child.parent is the same object: "
                    + (parent.children.get(0).parent == parent));
            // end::load[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
