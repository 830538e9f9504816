package io.junction.agent.testmodel.packaged;

import java.util.Comparator;

/** Enhanced only because its package is named to the agent. */
public class Gadget {

    public String label;
    public int size;

    public Gadget(String label, int size) {
        this.label = label;
        this.size = size;
    }

    public static Comparator<Gadget> bySize() {
        return new Comparator<Gadget>() {
            @Override
            public int compare(Gadget a, Gadget b) {
                return Integer.compare(a.size, b.size);
            }
        };
    }
}
