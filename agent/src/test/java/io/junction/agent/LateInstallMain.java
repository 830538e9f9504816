package io.junction.agent;

/** Run in a forked JVM: loads a mapped class, then installs the agent, and prints what install() says. */
public final class LateInstallMain {

    private LateInstallMain() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName("io.junction.agent.testmodel.late.LateEntity");
        try {
            JunctionAgent.install();
            System.out.println("INSTALLED WITHOUT ERROR");
        } catch (IllegalStateException expected) {
            System.out.println("ERROR: " + expected.getMessage());
        }
    }
}
