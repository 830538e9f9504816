package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

import java.util.function.Function;

/** SQLAlchemy's ScalarRemoveTest AB without useobject: keyed by its A, holding an integer {@code b}. */
@Table("remove_av")
public class RemoveAV extends ScalarBase {
    @Column(primaryKey = true) @ForeignKey("remove_a.id") public Integer aId;
    @Column public Integer b;
    public RemoveA a;

    /** {@code creator=lambda b: AB(b=b)}. */
    public static final class ForValue implements Function<Integer, RemoveAV> {
        @Override
        public RemoveAV apply(Integer b) {
            RemoveAV made = new RemoveAV();
            made.b = b;
            return made;
        }
    }
}
