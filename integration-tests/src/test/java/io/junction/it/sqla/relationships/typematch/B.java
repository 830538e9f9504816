package io.junction.it.sqla.relationships.typematch;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("b")
public class B extends Base {
    @Column(primaryKey = true) public Integer bid;
    @Column @ForeignKey("a.aid") public Integer aId;
    @Column(length = 30) public String bdata;
}
