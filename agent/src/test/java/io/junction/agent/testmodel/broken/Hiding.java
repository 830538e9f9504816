package io.junction.agent.testmodel.broken;

import io.junction.orm.mapper.Mapped;

/** Cannot be enhanced: its field hides a mapped field of its mapped superclass. */
@Mapped
public class Hiding extends Root {

    public String name;
}
