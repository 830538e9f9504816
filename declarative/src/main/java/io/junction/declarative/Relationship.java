package io.junction.declarative;

import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field to a relationship, the seed's {@code relationship()}. The target class is the
 * field's element type ({@code List<Child> children}) or its type ({@code Child child}), or
 * {@link #target()} by name; a collection field means {@code uselist=True}, any other field
 * {@code uselist=False}. Conditions and column lists are strings over {@code Class.field} and
 * {@code table.column} (see {@code docs/declarative.md}), resolved when the base is configured, so
 * they may name classes declared later.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {
    /** The target class by simple or fully qualified name; the field's (element) type when empty. */
    String target() default "";

    /** A relationship declared on the target class that is the other side of this one. */
    String backPopulates() default "";

    Lazy lazy() default Lazy.SELECT;

    /** How many levels a self-referential eager load joins; none when negative. */
    int joinDepth() default -1;

    /** The cascade, such as {@code "all, delete-orphan"}; the default ({@code "save-update, merge"}) when empty. */
    String cascade() default "";

    /** The association table of a many-to-many, by name, in the base's metadata. */
    String secondary() default "";

    /** The join condition, such as {@code "User.userId == Address.userId and Address.city == 'Boston'"}. */
    String primaryJoin() default "";

    String secondaryJoin() default "";

    /** The columns acting as foreign keys in {@link #primaryJoin()}: {@code "Address.userId"} or {@code "addresses.user_id"}. */
    String[] foreignKeys() default {};

    /** The remote columns of a self-referential many-to-one: {@code "id"} or {@code "Node.id"}. */
    String[] remoteSide() default {};

    boolean viewonly() default false;

    /** Each target has at most one parent here ({@code single_parent=True}); needed for delete-orphan on a many-to-one or many-to-many. */
    boolean singleParent() default false;

    boolean postUpdate() default false;

    boolean passiveUpdates() default true;

    /**
     * Whether deleting a parent leaves its unloaded members to the database's {@code ON DELETE}
     * action ({@code ON}), and never clears members' keys either ({@code ALL}); SQLAlchemy's {@code passive_deletes}.
     */
    PassiveDeletes passiveDeletes() default PassiveDeletes.OFF;

    /** Loads the object a reference replaces when it is not loaded, so its history holds it ({@code active_history=True}). */
    boolean activeHistory() default false;

    /**
     * {@code false}: an object of another class than the target is not refused when it is set or
     * appended, only by the save-update cascade or the flush ({@code enable_typechecks=False}).
     */
    boolean enableTypechecks() default true;

    /** {@link Flag#FALSE}: changes here are not mirrored in memory on the other side ({@code sync_backref=False}). */
    Flag syncBackref() default Flag.DEFAULT;

    /** Joined eager loads use an INNER JOIN ({@code innerjoin=True}). */
    boolean innerJoin() default false;

    /** {@link Flag#FALSE}: a subquery eager load repeats the parent query without DISTINCT ({@code distinct_target_key}). */
    Flag distinctTargetKey() default Flag.DEFAULT;

    /** The relationships that knowingly write the same columns, {@code "a, b"}, which silences the overlap warning. */
    String overlaps() default "";

    /** User data as {@code "key=value"} strings, readable from the inspection view ({@code info}). */
    String[] info() default {};

    /** A description, readable from the inspection view ({@code doc}). */
    String doc() default "";

    /** The order of a collection: {@code "data"}, {@code "Node.data desc"}, {@code "nodes.id"}. */
    String[] orderBy() default {};

    /**
     * For {@code lazy = Lazy.DYNAMIC}: the subclass of {@code AppenderQuery} Junction makes for each
     * object it loads ({@code query_class}); none when {@code void.class}.
     */
    Class<?> queryClass() default void.class;

    /** On a pending object, reading the relationship while it holds nothing loads it by the object's key values ({@code load_on_pending=True}). */
    boolean loadOnPending() default false;
}
