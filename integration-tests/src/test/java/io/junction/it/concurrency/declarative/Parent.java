package io.junction.it.concurrency.declarative;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "parent") public List<Child> children = new ArrayList<>();
    @Relationship(secondary = "parent_tag") @Backref(name = "parents") public List<Tag> tags = new ArrayList<>();
}
