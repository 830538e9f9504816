package io.junction.agent;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Installs the agent when the test launcher starts, before any test class (and so any model class) loads. */
public class InstallAgentFirst implements LauncherSessionListener {

    /** The package the tests name to the agent, as {@code -javaagent:...=} would. */
    public static final String PACKAGES = "io.junction.agent.testmodel.packaged";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JunctionAgent.install(PACKAGES);
    }
}
