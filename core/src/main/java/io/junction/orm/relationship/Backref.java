package io.junction.orm.relationship;

/**
 * The immutable declaration of a relationship's reverse side, SQLAlchemy's {@code backref()}:
 * {@code backref("parent").remoteSide(nodes.c("id"))}. Each option returns a copy.
 */
public final class Backref extends RelationshipOptions<Backref> {
    private final String name;

    private Backref(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a backref needs a name");
        }
        this.name = name;
    }

    /** A backref named {@code name}, to configure further: {@code backref("parent").uselist(false)}. */
    public static Backref backref(String name) {
        return new Backref(name);
    }

    @Override
    Backref blank() {
        return new Backref(name);
    }

    String name() {
        return name;
    }
}
