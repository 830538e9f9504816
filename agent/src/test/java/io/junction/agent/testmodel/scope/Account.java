package io.junction.agent.testmodel.scope;

import io.junction.orm.mapper.Mapped;

/** A mapped class that {@link Teller} reaches into; loaded after it in {@code AgentScopeMain}. */
@Mapped
public class Account {

    public long balance;
}
