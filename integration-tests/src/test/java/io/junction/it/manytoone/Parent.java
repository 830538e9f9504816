package io.junction.it.manytoone;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** The seed's many-to-one, which holds the foreign key to its child: {@code child = relationship("Child", backref="parents")}. */
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("child.id") public Integer childId;
    @Column(length = 50) public String name;
    @Relationship @Backref(name = "parents") public Child child;

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }
}
