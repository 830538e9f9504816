package io.junction.agent.testmodel.late;

import io.junction.orm.mapper.Mapped;

/** Loaded before the agent in a forked JVM; never loaded in the test JVM. */
@Mapped
public class LateEntity {

    public String name;
}
