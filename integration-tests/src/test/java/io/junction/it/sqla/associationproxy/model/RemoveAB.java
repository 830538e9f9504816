package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.function.Function;

/**
 * SQLAlchemy's ScalarRemoveTest AB (useobject): the association of an A and a B. Its key is a
 * surrogate {@code id} here rather than (a_id, b_id), so that a B set to null can be flushed.
 */
@Table("remove_ab")
public class RemoveAB extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("remove_a.id") public Integer aId;
    @Column @ForeignKey("remove_b.id") public Integer bId;
    @Relationship public RemoveB b;
    public RemoveA a;

    /** {@code creator=lambda b: AB(b=b)}. */
    public static final class ForB implements Function<RemoveB, RemoveAB> {
        @Override
        public RemoveAB apply(RemoveB b) {
            RemoveAB made = new RemoveAB();
            made.b = b;
            return made;
        }
    }
}
