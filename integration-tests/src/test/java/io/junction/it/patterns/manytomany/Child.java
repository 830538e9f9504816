package io.junction.it.patterns.manytomany;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("right")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20) public String name;
    /** The backref of {@code Parent.children}. */
    public List<Parent> parents = new ArrayList<>();

    public Child() {
    }

    public Child(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Child(" + name + ")";
    }
}
