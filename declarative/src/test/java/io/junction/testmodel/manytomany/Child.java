package io.junction.testmodel.manytomany;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("right")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    public List<Parent> parents = new ArrayList<>();
}
