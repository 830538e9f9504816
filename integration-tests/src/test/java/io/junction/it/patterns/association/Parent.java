package io.junction.it.patterns.association;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's association object: {@code children = relationship(Association, backref="parent")}, and
 * the association table as the secondary of a viewonly relationship straight to the children.
 */
@Table("left")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "parent") public List<Association> children = new ArrayList<>();
    @Relationship(target = "Child", secondary = "association", viewonly = true) public List<Child> viewChildren = new ArrayList<>();
}
