package io.junction.agent.testmodel;

/** Extends a mapped class without being mapped itself: its own fields stay plain. */
public class Puppy extends Dog {

    public String nickname;

    public Puppy(String name) {
        super(name, "unknown");
    }
}
