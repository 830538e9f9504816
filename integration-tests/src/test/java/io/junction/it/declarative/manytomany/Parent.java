package io.junction.it.declarative.manytomany;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's declarative many-to-many: {@code children = relationship("Child", secondary=association_table, backref="parents")}. */
@Table("left")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(target = "Child", secondary = "association") @Backref(name = "parents")
    public List<Child> children = new ArrayList<>();
}
