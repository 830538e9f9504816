package io.junction.it.sqla.relationships.typematch;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A mapped class that no relationship targets: the wrong class given to A's collections. */
@Table("c")
public class C extends Base {
    @Column(primaryKey = true) public Integer cid;
    @Column @ForeignKey("b.bid") public Integer bId;
    @Column(length = 30) public String cdata;
}
