package io.junction.it.onetomany;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Child {
    public Integer id;
    public Integer parentId;
    public String name;
    public Parent parent;

    public Child() {
    }

    public Child(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Child(" + id + ", " + name + ")";
    }
}
