package io.junction.it.onetomany;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's one-to-many: {@code children = relationship("Child", backref="parent")}. */
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50, unique = true) public String name;
    @Relationship @Backref(name = "parent") public List<Child> children = new ArrayList<>();

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ", " + name + ")";
    }
}
