package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.manytoone.Base;
import io.junction.docs.declarative.manytoone.Child;
import io.junction.docs.declarative.manytoone.Parent;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;

/** The seed's declarative "Many To One": the model is in {@code io.junction.docs.declarative.manytoone}. */
final class DeclarativeManyToOne implements Section {

    @Override
    public String name() {
        return "many-to-one";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Child child = new Child();
            Parent first = new Parent();
            Parent second = new Parent();
            first.child = child;
            second.child = child;
            out.println("child.parents before any flush: " + child.parents.size() + " parent(s)");

            session.add(first);    // the child and, through its parents backref, the second parent come along
            session.commit();      // INSERT child first: both parents' child_id refer to it
            id = child.id;
        }
        try (Session session = new Session(engine)) {
            Child child = session.get(Child.class, id);
            int count = child.parents.size();         // one SELECT of the parents
            Parent parent = child.parents.get(0);
            out.println("child " + child.id + " has " + count + " parent(s); parent.child needs no SQL: "
                    + (parent.child == child));
        }
        metadata.dropAll(engine);
    }
}
