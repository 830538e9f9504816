package io.junction.it.collections.ordered;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A member of a {@link Stair}, a {@link Spiral} or an {@link Alphabet}, each numbering it in its own column. */
@Table("marks")
public class Mark extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("stairs.id") public Integer stairId;
    @Column @ForeignKey("spirals.id") public Integer spiralId;
    @Column @ForeignKey("alphabets.id") public Integer alphabetId;
    @Column public Integer position;
    @Column public Integer fib;
    @Column(length = 5) public String letter;
    @Column(length = 20) public String name;

    public Mark() {
    }

    public Mark(String name) {
        this.name = name;
    }
}
