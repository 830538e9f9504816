package io.junction.it.sqla.versioning.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** NoBumpOnRelationshipTest's B, not versioned. */
@Table("b")
public class B extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("a.id") public Integer aId;
    /** The backref of {@code A.bs}. */
    public A a;
}
