package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** SQLAlchemy's _CollectionOperations Child for the dict; its two-argument constructor (key, value) is the map proxy's creator. */
@Table("dict_children")
public class DictChild extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("dict_parent.id") public Integer parentId;
    @Column(length = 128) public String foo;
    @Column(length = 128) public String name;
    public DictParent parent;

    public DictChild() {
    }

    public DictChild(String foo, String name) {
        this.foo = foo;
        this.name = name;
    }
}
