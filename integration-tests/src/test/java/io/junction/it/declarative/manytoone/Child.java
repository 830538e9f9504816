package io.junction.it.declarative.manytoone;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("child")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    public List<Parent> parents = new ArrayList<>();

    public Child() {
    }

    public Child(String name) {
        this.name = name;
    }
}
