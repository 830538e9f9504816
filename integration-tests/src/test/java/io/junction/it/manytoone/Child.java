package io.junction.it.manytoone;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** The seed's many-to-one child, with the {@code parents} backref collection. */
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
