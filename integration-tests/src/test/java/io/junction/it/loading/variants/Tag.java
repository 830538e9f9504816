package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("tags")
public class Tag extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;

    public Tag() {
    }

    public Tag(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return "Tag(" + id + ", " + name + ")";
    }
}
