package io.junction.it.declarative.onetooneref;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Flag;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** The seed's second one-to-one, declarative: {@code child = relationship("Child", backref=backref("parent", uselist=False))}. */
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("child.id") public Integer childId;
    @Column(length = 50) public String name;
    @Relationship @Backref(name = "parent", uselist = Flag.FALSE) public Child child;

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }
}
