package io.junction.agent.testmodel;

/** Neither mapped nor in a named package: never enhanced. */
public class Plain {

    public String label = "plain";
    public int count;
}
