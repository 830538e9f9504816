package io.junction.agent;

import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Escalates a class that failed to enhance (Byte Buddy's own listeners are silent):
 * prints the class and the cause to {@code System.err} and records the failure.
 */
final class FailureListener extends AgentBuilder.Listener.Adapter {

    private final List<Throwable> failures;

    FailureListener(List<Throwable> failures) {
        this.failures = failures;
    }

    @Override
    public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
            Throwable throwable) {
        IllegalStateException failure = new IllegalStateException(
                "Junction's agent could not enhance " + typeName + ": " + throwable, throwable);
        failures.add(failure);
        System.err.println("[junction-agent] ERROR " + failure.getMessage()
                + " (the class is loaded unenhanced; its field reads and writes bypass the ORM)");
        throwable.printStackTrace();
    }
}
