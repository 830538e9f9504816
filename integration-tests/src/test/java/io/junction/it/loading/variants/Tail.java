package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

/** A tail of a head; its head never loads on access either. */
@Table("tails")
public class Tail extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("heads.id") public Integer headId;
    @Relationship(lazy = Lazy.RAISE, backPopulates = "tails") public Head head;

    public Tail() {
    }

    public Tail(Integer id) {
        this.id = id;
    }
}
