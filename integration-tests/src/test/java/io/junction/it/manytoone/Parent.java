package io.junction.it.manytoone;

import io.junction.orm.mapper.Mapped;

/** The seed's many-to-one parent: it holds the foreign key to its child. */
@Mapped
public class Parent {
    public Integer id;
    public String name;
    public Child child;

    public Parent() {
    }

    public Parent(String name) {
        this.name = name;
    }
}
