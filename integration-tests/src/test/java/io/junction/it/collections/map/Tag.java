package io.junction.it.collections.map;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

@Table("tags")
public class Tag extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("bags.id") public Integer bagId;
    @Column(length = 50) public String name;
    @Relationship(backPopulates = "tags") public Bag bag;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }
}
