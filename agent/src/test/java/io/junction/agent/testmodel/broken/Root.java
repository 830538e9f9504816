package io.junction.agent.testmodel.broken;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Root {

    public String name;
}
