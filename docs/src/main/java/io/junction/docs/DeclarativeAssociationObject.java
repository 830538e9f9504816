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
import java.util.ArrayList;
import java.util.List;

/** The seed's "Association Object", declarative: a class mapped to the association table. */
final class DeclarativeAssociationObject implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::mapping[]
    @Table("association")
    static class Association extends Base {
        @Column(primaryKey = true) @ForeignKey("left.id") Integer leftId;
        @Column(primaryKey = true) @ForeignKey("right.id") Integer rightId;
        @Column(length = 50) String data;
        @Relationship @Backref(name = "parentAssocs") Child child;
        Parent parent;
    }

    @Table("left")
    static class Parent extends Base {
        @Column(primaryKey = true) Integer id;
        @Relationship @Backref(name = "parent") List<Association> children = new ArrayList<>();
    }

    @Table("right")
    static class Child extends Base {
        @Column(primaryKey = true) Integer id;
        List<Association> parentAssocs = new ArrayList<>();

        @Override
        public String toString() {
            return "Child(" + id + ")";
        }
    }
    // end::mapping[]

    @Override
    public String name() {
        return "association-object";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
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
        }
        metadata.dropAll(engine);
    }
}
