package io.junction.testmodel.errors.badtype;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("bad")
public class Bad extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column public StringBuilder payload;
}
