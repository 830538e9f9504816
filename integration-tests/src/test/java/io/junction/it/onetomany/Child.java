package io.junction.it.onetomany;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("child")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("parent.id") public Integer parentId;
    @Column(length = 50) public String name;
    /** The backref's attribute. */
    public Parent parent;

    public Child() {
    }

    public Child(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Child(" + id + ", " + name + ")";
    }
}
