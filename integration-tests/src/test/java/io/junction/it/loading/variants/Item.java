package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** An item of a box. */
@Table("items")
public class Item extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("boxes.id") public Integer boxId;
    @Column(length = 30) public String name;

    public Item() {
    }

    public Item(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
