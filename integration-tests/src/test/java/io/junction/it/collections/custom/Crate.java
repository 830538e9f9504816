package io.junction.it.collections.custom;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** A relationship held in a dict-like user class, {@link ByKind}; no delete-orphan, so a removed fruit keeps its row. */
@Table("crates")
public class Crate extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "crate")
    public ByKind fruits = new ByKind();
}
