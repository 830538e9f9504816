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
 * target's mapper only (usable in queries and in the attribute API).
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

    String[] orderBy() default {};
}
