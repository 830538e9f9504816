package io.junction.it.sqla.naturalpks;

import io.junction.orm.session.Session;

import java.util.ArrayList;

/** Session helpers the ported tests share. */
final class Sessions {
    private Sessions() {
    }

    /** SQLAlchemy's {@code session.expunge_all()}: every object leaves the session, the transaction stays. */
    static void expungeAll(Session session) {
        for (Object object : new ArrayList<>(session.identityMapObjects())) {
            session.expunge(object);
        }
        for (Object object : new ArrayList<>(session.newObjects())) {
            session.expunge(object);
        }
    }
}
