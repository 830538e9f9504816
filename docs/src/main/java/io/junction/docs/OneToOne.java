package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The seed's "One To One", both ways: {@code uselist(false)} on a one-to-many, and a scalar backref of a many-to-one. */
final class OneToOne implements Section {

    /** The parent of the first form: one child, held by the child's foreign key. */
    @Mapped
    static class Parent {
        Integer id;
        Child child;
    }

    @Mapped
    static class Child {
        Integer id;
        Integer parentId;
        Parent parent;
    }

    /** The parent of the second form: it holds the foreign key. */
    @Mapped
    static class Holder {
        Integer id;
        Integer childId;
        Held child;
    }

    @Mapped
    static class Held {
        Integer id;
        Holder parent;
    }

    @Override
    public String name() {
        return "one-to-one";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::uselist[]
        MetaData metadata = new MetaData();
        Table parentTable = metadata.table("parent",
                column("id", INTEGER).primaryKey());
        Table childTable = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"));

        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parentTable, relationship("child", Child.class).uselist(false).backref("parent"));
        registry.map(Child.class, childTable);
        // end::uselist[]
        // tag::backref[]
        Table holderTable = metadata.table("holder",
                column("id", INTEGER).primaryKey(),
                column("child_id", INTEGER).foreignKey("held.id"));
        Table heldTable = metadata.table("held",
                column("id", INTEGER).primaryKey());

        registry.map(Holder.class, holderTable, relationship("child", Held.class).backref(backref("parent").uselist(false)));
        registry.map(Held.class, heldTable);
        // end::backref[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
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
            // end::use[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
