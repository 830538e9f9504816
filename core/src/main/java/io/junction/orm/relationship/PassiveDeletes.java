package io.junction.orm.relationship;

/**
 * What a flush does with a deleted parent's members when the database itself acts on the delete
 * ({@code ON DELETE CASCADE} or {@code SET NULL}), SQLAlchemy's {@code passive_deletes}.
 */
public enum PassiveDeletes {
    /** Members are loaded and deleted (delete cascade) or have their foreign keys set to NULL (the default). */
    OFF,
    /**
     * Members that are not loaded stay unloaded and the database handles their rows; members already
     * in memory are deleted or set to NULL as without the option ({@code passive_deletes=True}).
     */
    ON,
    /**
     * As {@link #ON}, and the foreign keys of members in memory are never set to NULL either: the
     * database (a trigger, or a refused delete) decides ({@code passive_deletes='all'}). Not allowed
     * with the delete or delete-orphan cascade.
     */
    ALL
}
