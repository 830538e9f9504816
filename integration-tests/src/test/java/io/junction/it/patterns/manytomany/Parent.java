package io.junction.it.patterns.manytomany;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's many-to-many: {@code children = relationship("Child", secondary=association_table, backref="parents")}. */
@Table("left")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20) public String name;
    @Relationship(target = "Child", secondary = "association") @Backref(name = "parents")
    public List<Child> children = new ArrayList<>();

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Parent(" + name + ")";
    }
}
