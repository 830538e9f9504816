package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** SQLAlchemy's LazyLoadTest Child. */
@Table("lazy_children")
public class LazyChild extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("lazy_parent.id") public Integer parentId;
    @Column(length = 128) public String name;

    public LazyChild() {
    }

    public LazyChild(String name) {
        this.name = name;
    }
}
