package io.junction.it.declarative.onetoone;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** One-to-one from one-to-many: {@code child = relationship(Child, uselist=False, backref='parent')}; a scalar field means uselist=False. */
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship @Backref(name = "parent") public Child child;

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }
}
