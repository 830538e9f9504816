package org.apache.junctionprobe;

/**
 * A model class in a package the agent ignores by default ({@code org.apache.} is a library
 * prefix): it is enhanced only when the agent argument names its package, as the error for an
 * unenhanced class advises.
 */
public class Gizmo {
    public Integer id;
    public String name;
}
