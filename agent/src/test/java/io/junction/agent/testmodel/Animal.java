package io.junction.agent.testmodel;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Animal {

    public String name;
}
