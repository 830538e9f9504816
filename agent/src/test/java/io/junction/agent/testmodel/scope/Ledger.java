package io.junction.agent.testmodel.scope;

/** Neither mapped nor reaching a mapped field: the agent scans it and leaves it alone. */
public final class Ledger {

    private long total;

    public long add(long amount) {
        total += amount;
        return total;
    }
}
