package io.junction.orm.relationship;

/** Which side holds the foreign key. */
public enum Direction {
    /** The target's table holds the foreign key: a collection of children. */
    ONE_TO_MANY,
    /** This class's table holds the foreign key: a reference to one parent. */
    MANY_TO_ONE,
    /** An association table holds both foreign keys. */
    MANY_TO_MANY;

    /** The direction of the other side. */
    Direction reverse() {
        return switch (this) {
            case ONE_TO_MANY -> MANY_TO_ONE;
            case MANY_TO_ONE -> ONE_TO_MANY;
            case MANY_TO_MANY -> MANY_TO_MANY;
        };
    }
}
