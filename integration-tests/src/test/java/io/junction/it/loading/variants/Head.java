package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** The head of tails that never load on access (RAISE on both sides), with no cascade beyond the default. */
@Table("heads")
public class Head extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(lazy = Lazy.RAISE, backPopulates = "head", orderBy = "Tail.id")
    public List<Tail> tails = new ArrayList<>();

    public Head() {
    }

    public Head(Integer id) {
        this.id = id;
    }
}
