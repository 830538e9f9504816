package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** {@code marks = relationship(Mark, collection_class=ordering_list("position", ordering_func=step_numbering(2)))}. */
@Table("stairs")
public class Stair extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @OrderColumn(value = "position", numberedBy = StepOfTwo.class)
    public List<Mark> marks = new ArrayList<>();

    /** step_numbering(2): positions in steps of two. */
    public static final class StepOfTwo implements BiFunction<Integer, List<Mark>, Integer> {
        @Override
        public Integer apply(Integer index, List<Mark> marks) {
            return 2 * index;
        }
    }
}
