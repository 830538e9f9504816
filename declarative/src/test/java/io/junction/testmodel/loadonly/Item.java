package io.junction.testmodel.loadonly;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("item")
public class Item extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
}
