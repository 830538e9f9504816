package io.junction.it.concurrency.classical;

import io.junction.engine.Engine;
import io.junction.it.concurrency.FirstUse;
import io.junction.it.concurrency.Tables;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;

import static io.junction.orm.relationship.Relationship.relationship;

/**
 * Maps the classes (configuration waits for their first use), then uses them from whichever
 * thread calls; the first class a thread constructs depends on {@code id}, so threads trigger
 * configuration from different mappers at once.
 */
public final class ClassicalFirstUse implements FirstUse {

    public ClassicalFirstUse() {
        Registry registry = new Registry(Tables.METADATA);
        registry.map(Parent.class, Tables.PARENT,
                relationship("children", Child.class).backref("parent"),
                relationship("tags", Tag.class).secondary(Tables.PARENT_TAG).backref("parents"));
        registry.map(Child.class, Tables.CHILD);
        registry.map(Tag.class, Tables.TAG);
    }

    @Override
    public void use(Engine engine, int id) {
        Child child = null;
        Tag tag = null;
        if (id % 3 == 1) {
            child = new Child();
        } else if (id % 3 == 2) {
            tag = new Tag();
        }
        Parent parent = new Parent();
        parent.id = id;
        child = child != null ? child : new Child();
        child.id = id;
        child.parent = parent;
        tag = tag != null ? tag : new Tag();
        tag.id = id;
        parent.tags.add(tag);
        if (!parent.children.contains(child) || !tag.parents.contains(parent)) {
            throw new AssertionError("backref not fired on first use: parent.children=" + parent.children.size()
                    + ", tag.parents=" + tag.parents.size());
        }
        try (Session session = new Session(engine)) {
            session.add(parent);
            session.commit();
        }
    }
}
