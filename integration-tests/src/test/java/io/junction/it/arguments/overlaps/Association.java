package io.junction.it.arguments.overlaps;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** The seed's association object. */
@Table("association")
public class Association extends Base {
    @Column(primaryKey = true) @ForeignKey("left.id") public Integer leftId;
    @Column(primaryKey = true) @ForeignKey("right.id") public Integer rightId;
    @Column(length = 50) public String data;
    @Relationship @Backref(name = "parentAssocs") public Child child;
    /** The backref of {@code Parent.children}. */
    public Parent parent;
}
