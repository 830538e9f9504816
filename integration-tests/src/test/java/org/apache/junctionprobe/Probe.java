package org.apache.junctionprobe;

import io.junction.orm.attribute.ClassManager;

/** Run in a forked JVM with the agent argument that an error message advised: prints whether {@link Gizmo} got enhanced. */
public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        System.out.println("enhanced=" + ClassManager.isEnhanced(Gizmo.class));
    }
}
