package io.junction.it.concurrency.declarative;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("child")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("parent.id") public Integer parentId;
    public Parent parent;
}
