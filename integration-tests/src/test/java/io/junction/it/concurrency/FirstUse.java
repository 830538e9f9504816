package io.junction.it.concurrency;

import io.junction.engine.Engine;

/**
 * What one thread does with a model it has never used: create a parent with id {@code id}, a
 * child and a tag, link them through one side of each backref, check the other side, and commit.
 * Implemented by a class of the model's package, so each round's fresh class loader loads it too.
 */
public interface FirstUse {

    /** Uses the model once; throws {@link AssertionError} when a backref did not fire. */
    void use(Engine engine, int id);
}
