package io.junction.agent.testmodel.packaged;

public enum Kind {
    SMALL, LARGE
}
