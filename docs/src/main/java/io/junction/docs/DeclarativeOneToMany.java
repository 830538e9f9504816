package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.onetomany.Base;
import io.junction.docs.declarative.onetomany.Child;
import io.junction.docs.declarative.onetomany.Parent;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;

/** The seed's declarative "One To Many": the model is in {@code io.junction.docs.declarative.onetomany}. */
final class DeclarativeOneToMany implements Section {

    @Override
    public String name() {
        return "one-to-many";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::metadata[]
        MetaData metadata = DeclarativeBase.metadata(Base.class);   // the seed's Base.metadata
        // end::metadata[]
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
            Parent parent = session.get(Parent.class, id);
            out.println("loaded parent " + parent.id + "; its children are not loaded yet");
            int count = parent.children.size();   // one SELECT of the children, now
            out.println("parent " + parent.id + " has " + count + " child(ren); child.parent is the same object: "
                    + (parent.children.get(0).parent == parent));
        }
        metadata.dropAll(engine);
    }
}
