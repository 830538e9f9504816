package io.junction.it.arguments.overlaps;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's association-object parent, with a many-to-many over the same association table as well. */
@Table("left")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "parent") public List<Association> children = new ArrayList<>();
    @Relationship(secondary = "association") @Backref(name = "parents") public List<Child> kids = new ArrayList<>();
}
