package io.junction.agent.testmodel;

/** Reads another object's mapped field in its super(...) argument, before the object is initialized. */
public class Labelled extends Child {

    public Labelled(Parent parent) {
        super(parent.name + "'s child");
    }
}
