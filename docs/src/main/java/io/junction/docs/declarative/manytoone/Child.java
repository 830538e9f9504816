package io.junction.docs.declarative.manytoone;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

// tag::child[]
@Table("child")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    public List<Parent> parents = new ArrayList<>();    // the backref's collection
}
// end::child[]
