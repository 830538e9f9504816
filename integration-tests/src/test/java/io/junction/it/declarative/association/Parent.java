package io.junction.it.declarative.association;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's association object, declarative: {@code children = relationship(Association, backref="parent")}. */
@Table("left")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship @Backref(name = "parent") public List<Association> children = new ArrayList<>();
}
