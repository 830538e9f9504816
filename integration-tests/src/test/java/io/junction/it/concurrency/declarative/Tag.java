package io.junction.it.concurrency.declarative;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("tag")
public class Tag extends Base {
    @Column(primaryKey = true) public Integer id;
    public List<Parent> parents = new ArrayList<>();
}
