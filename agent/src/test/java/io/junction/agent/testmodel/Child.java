package io.junction.agent.testmodel;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Child {

    public Parent parent;
    public String name;

    public Child(String name) {
        this.name = name;
    }
}
