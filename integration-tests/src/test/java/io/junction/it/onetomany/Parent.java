package io.junction.it.onetomany;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class Parent {
    public Integer id;
    public String name;
    public List<Child> children = new ArrayList<>();

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Parent(" + id + ", " + name + ")";
    }
}
