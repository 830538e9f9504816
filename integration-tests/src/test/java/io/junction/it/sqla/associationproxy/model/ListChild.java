package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** SQLAlchemy's _CollectionOperations Child; its one-argument constructor is the list proxy's creator. */
@Table("list_children")
public class ListChild extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("list_parent.id") public Integer parentId;
    @Column(length = 128) public String foo;
    @Column(length = 128) public String name;
    public ListParent parent;

    public ListChild() {
    }

    public ListChild(String name) {
        this.name = name;
    }
}
