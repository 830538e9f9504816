package io.junction.it.collections.ordered;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** {@code bullets = relationship(Bullet, collection_class=ordering_list("position"), backref="slide")}. */
@Table("slides")
public class Slide extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 128) public String name;
    @Relationship @Backref(name = "slide") @OrderColumn("position")
    public List<Bullet> bullets = new ArrayList<>();

    public Slide() {
    }

    public Slide(String name) {
        this.name = name;
    }
}
