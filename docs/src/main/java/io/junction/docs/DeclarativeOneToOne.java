package io.junction.docs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;

/** The seed's "One To One", declarative, both ways: a scalar field on the one-to-many side, and a backref onto a scalar field. */
final class DeclarativeOneToOne implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::uselist[]
    @Table("parent")
    static class Parent extends Base {
        @Column(primaryKey = true) Integer id;
        @Relationship @Backref(name = "parent") Child child;     // a scalar field: uselist=False
    }

    @Table("child")
    static class Child extends Base {
        @Column(primaryKey = true) Integer id;
        @Column @ForeignKey("parent.id") Integer parentId;
        Parent parent;
    }
    // end::uselist[]

    // tag::backref[]
    @Table("holder")
    static class Holder extends Base {
        @Column(primaryKey = true) Integer id;
        @Column @ForeignKey("held.id") Integer childId;
        @Relationship @Backref(name = "parent") Held child;      // backref onto Held.parent, a scalar: uselist=False
    }

    @Table("held")
    static class Held extends Base {
        @Column(primaryKey = true) Integer id;
        Holder parent;
    }
    // end::backref[]

    @Override
    public String name() {
        return "one-to-one";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            Parent parent = new Parent();
            parent.child = new Child();
            out.println("parent.child.parent == parent: " + (parent.child.parent == parent));
            session.add(parent);
            session.commit();

            Child first = parent.child;
            parent.child = new Child();    // the old child is detached: its parent_id becomes NULL
            session.commit();
            out.println("the first child's parent is now " + first.parent);

            Holder holder = new Holder();
            holder.child = new Held();
            out.println("holder.child.parent == holder: " + (holder.child.parent == holder));
            session.add(holder);
            session.commit();
        }
        metadata.dropAll(engine);
    }
}
