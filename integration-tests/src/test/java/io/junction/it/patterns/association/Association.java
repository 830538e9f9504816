package io.junction.it.patterns.association;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** The association class, mapped to the association table with its extra {@code data} column. */
@Table("association")
public class Association extends Base {
    @Column(primaryKey = true) @ForeignKey("left.id") public Integer leftId;
    @Column(primaryKey = true) @ForeignKey("right.id") public Integer rightId;
    @Column(length = 50) public String data;
    @Relationship(target = "Child") @Backref(name = "parentAssocs") public Child child;
    /** The backref of {@code Parent.children}. */
    public Parent parent;

    public Association() {
    }

    public Association(String data) {
        this.data = data;
    }
}
