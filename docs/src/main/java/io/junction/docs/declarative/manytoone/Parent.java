package io.junction.docs.declarative.manytoone;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

// tag::parent[]
@Table("parent")
public class Parent extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("child.id") public Integer childId;
    @Relationship @Backref(name = "parents") public Child child;
}
// end::parent[]
