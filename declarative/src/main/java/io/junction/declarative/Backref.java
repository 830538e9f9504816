package io.junction.declarative;

import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reverse side of the {@link Relationship} on the same field, the seed's {@code backref()}.
 * When the target class declares a field named {@link #name()}, that field holds the reverse side
 * (and its type decides {@code uselist} unless given); otherwise the reverse side exists on the
 * target's mapper only (usable in queries and in the attribute API). A reverse side that is a
 * {@code Map}, an ordering list or a {@code SortedSet} takes its collection option here, as
 * {@code mapKey}, {@code orderColumn} or {@code sortedBy}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Backref {
    String name();

    /** {@link Flag#FALSE} for a scalar reverse side; from the target's field, else from the direction, when DEFAULT. */
    Flag uselist() default Flag.DEFAULT;

    /** The remote columns of a self-referential many-to-one, such as {@code "id"}. */
    String[] remoteSide() default {};

    Lazy lazy() default Lazy.SELECT;

    int joinDepth() default -1;

    String cascade() default "";

    String primaryJoin() default "";

    String secondaryJoin() default "";

    String[] foreignKeys() default {};

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

    String[] orderBy() default {};

    /** On a pending object, reading the backref while it holds nothing loads it by the object's key values ({@code load_on_pending=True}). */
    boolean loadOnPending() default false;

    /** How a {@code Map} reverse side keys its members, {@code mapKey = @MapKey("keyword")}; at most one. */
    MapKey[] mapKey() default {};

    /** The position attribute of a {@code List} reverse side, {@code orderColumn = @OrderColumn("position")}; at most one. */
    OrderColumn[] orderColumn() default {};

    /** The order of a {@code SortedSet} reverse side, {@code sortedBy = @SortedBy(ByName.class)}; at most one. */
    SortedBy[] sortedBy() default {};
}
