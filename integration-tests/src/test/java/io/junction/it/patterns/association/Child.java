package io.junction.it.patterns.association;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("right")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    public List<Association> parentAssocs = new ArrayList<>();
}
