package io.junction.it.keys.model;

import io.junction.declarative.Column;
import io.junction.declarative.SequenceKey;
import io.junction.declarative.Table;

/** Keyed by {@code Sequence("parent_seq")} with an increment of 3: one nextval per three parents. */
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) @SequenceKey(value = "parent_seq", incrementBy = 3) public Integer id;
    @Column(length = 30) public String data;

    public Parent() {
    }

    public Parent(String data) {
        this.data = data;
    }
}
