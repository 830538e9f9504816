package io.junction.it.errors;

/** A class nobody told the agent about. */
public class Plain {
    public Integer id;
}
