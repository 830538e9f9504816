package io.junction.it.concurrency.declarative;

import io.junction.engine.Engine;
import io.junction.it.concurrency.FirstUse;
import io.junction.orm.session.Session;

/**
 * Uses the declarative classes from whichever thread calls; the first class a thread constructs
 * depends on {@code id}, so threads start class initialization (and the base's configuration)
 * from different classes at once.
 */
public final class DeclarativeFirstUse implements FirstUse {

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
