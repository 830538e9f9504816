package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** {@code marks = relationship(Mark, collection_class=ordering_list("letter", ordering_func=alpha_ordering))}. */
@Table("alphabets")
public class Alphabet extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @OrderColumn(value = "letter", numberedBy = Letters.class)
    public List<Mark> marks = new ArrayList<>();

    /** alpha_ordering: 0 is A, 1 is B, ... (26 letters are enough here). */
    public static final class Letters implements BiFunction<Integer, List<Mark>, String> {
        @Override
        public String apply(Integer index, List<Mark> marks) {
            return String.valueOf((char) ('A' + index));
        }
    }
}
