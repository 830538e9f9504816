package io.junction.it.arguments.overlaps;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's association-object child. */
@Table("right")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    /** The backref of {@code Parent.kids}. */
    public List<Parent> parents = new ArrayList<>();
    /** The backref of {@code Association.child}. */
    public List<Association> parentAssocs = new ArrayList<>();
}
