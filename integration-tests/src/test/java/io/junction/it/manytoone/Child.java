package io.junction.it.manytoone;

import io.junction.orm.mapper.Mapped;

import java.util.List;

/** The seed's many-to-one child, with the {@code parents} backref collection. */
@Mapped
public class Child {
    public Integer id;
    public String name;
    public List<Parent> parents;

    public Child() {
    }

    public Child(String name) {
        this.name = name;
    }
}
