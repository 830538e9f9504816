package io.junction.docs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The seed's "Many To Many", declarative: the association is a plain table in the base's metadata. */
final class DeclarativeManyToMany implements Section {

    // tag::mapping[]
    abstract static class Base extends DeclarativeBase {
        static final io.junction.sql.schema.Table ASSOCIATION = metadata(Base.class).table("association",
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));
    }

    @Table("left")
    static class Parent extends Base {
        @Column(primaryKey = true) Integer id;
        @Relationship(secondary = "association") @Backref(name = "parents") List<Child> children = new ArrayList<>();
    }

    @Table("right")
    static class Child extends Base {
        @Column(primaryKey = true) Integer id;
        List<Parent> parents = new ArrayList<>();
    }
    // end::mapping[]

    @Override
    public String name() {
        return "many-to-many";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
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
        }
        metadata.dropAll(engine);
    }
}
