package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.PendingRollbackException;
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

/**
 * The guide's "Failures and recovery" (docs/failures.md): a commit that fails on a unique name,
 * the session refusing work until {@code rollback()}, and the work redone and committed.
 */
final class Failures implements Section {

    @Mapped
    static class Parent {
        Integer id;
        String name;
        List<Child> children = new ArrayList<>();

        Parent() {
        }

        Parent(String name, Child... children) {
            this.name = name;
            this.children.addAll(List.of(children));
        }
    }

    @Mapped
    static class Child {
        Integer id;
        Integer parentId;
        String name;
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
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table parentTable = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)).nullable(false).unique());
        Table childTable = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"),
                column("name", string(50)));

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parentTable, relationship("children", Child.class)
                .cascade("all, delete-orphan").backref("parent"));
        registry.map(Child.class, childTable);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent("p1", new Child("c1"));
            session.add(p1);
            session.commit();

            // tag::fail[]
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
            // end::fail[]

            // tag::redo[]
            newParent.name = "p3";        // fix the cause
            p1.name = "p2";               // redo the work
            session.add(newParent);       // add the new objects again: its child comes along
            session.commit();
            // end::redo[]
            for (Parent parent : session.query(Parent.class).orderBy(parentTable.c("name")).all()) {
                out.println("committed: " + parent.name + " " + parent.children.stream().map(c -> c.name).toList());
            }
        }
        metadata.dropAll(engine);
        registry.dispose();
    }

    /** The message up to its first full stop. */
    static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end + 1);
    }
}
