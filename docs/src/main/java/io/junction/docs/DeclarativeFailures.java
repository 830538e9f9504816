package io.junction.docs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.docs.Failures.firstSentence;

/** The guide's "Failures and recovery", declarative: the same failed commit, rollback and redo. */
final class DeclarativeFailures implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    @Table("parent")
    static class Parent extends Base {
        @Column(primaryKey = true) Integer id;
        @Column(length = 50, nullable = false, unique = true) String name;
        @Relationship(cascade = "all, delete-orphan") @Backref(name = "parent") List<Child> children = new ArrayList<>();

        Parent() {
        }

        Parent(String name, Child... children) {
            this.name = name;
            this.children.addAll(List.of(children));
        }
    }

    @Table("child")
    static class Child extends Base {
        @Column(primaryKey = true) Integer id;
        @Column @ForeignKey("parent.id") Integer parentId;
        @Column(length = 50) String name;
        Parent parent;

        Child() {
        }

        Child(String name) {
            this.name = name;
        }
    }

    @Override
    public String name() {
        return "failures";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent("p1", new Child("c1"));
            session.add(p1);
            session.commit();

            p1.name = "p2";                                          // a rename ...
            Parent newParent = new Parent("p2", new Child("c2"));    // ... and a new parent of the same name
            session.add(newParent);
            try {
                session.commit();                                    // the flush fails: rolled back
            } catch (IntegrityException e) {
                out.println("commit failed: " + e.getClass().getSimpleName());
            }
            out.println("newParent in the session: " + session.contains(newParent) + ", its id: " + newParent.id);
            try {
                session.commit();                                    // refused until rollback()
            } catch (PendingRollbackException e) {
                out.println("commit again: " + firstSentence(e.getMessage()));
            }
            session.rollback();
            out.println("p1's name after rollback: " + p1.name);     // expired: a SELECT reloads it

            newParent.name = "p3";        // fix the cause
            p1.name = "p2";               // redo the work
            session.add(newParent);       // add the new objects again: its child comes along
            session.commit();
            for (Parent parent : session.query(Parent.class).orderBy(metadata.table("parent").c("name")).all()) {
                out.println("committed: " + parent.name + " " + parent.children.stream().map(c -> c.name).toList());
            }
        }
        metadata.dropAll(engine);
    }
}
