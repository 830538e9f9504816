package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** {@code marks = relationship(Mark, collection_class=ordering_list("fib", ordering_func=fibonacci_numbering("fib")))}. */
@Table("spirals")
public class Spiral extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @OrderColumn(value = "fib", numberedBy = Fibonacci.class)
    public List<Mark> marks = new ArrayList<>();

    /** fibonacci_numbering: 1, 2, then the sum of the two positions before. */
    public static final class Fibonacci implements BiFunction<Integer, List<Mark>, Integer> {
        @Override
        public Integer apply(Integer index, List<Mark> marks) {
            if (index < 2) {
                return index + 1;
            }
            return marks.get(index - 1).fib + marks.get(index - 2).fib;
        }
    }
}
