package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** A box whose items go with it ({@code all, delete-orphan}) and load on access only without SQL (RAISE_ON_SQL). */
@Table("boxes")
public class Box extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(lazy = Lazy.RAISE_ON_SQL, cascade = "all, delete-orphan", orderBy = "Item.id")
    public List<Item> items = new ArrayList<>();

    public Box() {
    }

    public Box(Integer id) {
        this.id = id;
    }
}
