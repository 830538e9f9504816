package io.junction.declarative.unenhanced;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("plain")
public class Plain extends Base {
    @Column(primaryKey = true) public Integer id;
}
