package io.junction.agent;

import io.junction.agent.testmodel.Outsider;
import io.junction.agent.testmodel.Parent;
import io.junction.agent.testmodel.packaged.Gadget;
import io.junction.orm.attribute.Bridge;
import java.util.stream.Collectors;

/**
 * Run in a forked JVM against the packaged agent jar, either attached with
 * {@code -javaagent} ({@code main("premain")}) or on the class path and installed by
 * self-attach ({@code main("install")}); prints what reached Bridge.
 */
public final class AgentJarMain {

    private AgentJarMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("install")) {
            JunctionAgent.install(InstallAgentFirst.PACKAGES);
        }
        run();
    }

    // kept apart from main so that no model class is linked before install()
    private static void run() {
        Parent parent = new Parent("p");
        Outsider.writeName(parent, "q");
        Gadget gadget = new Gadget("g", 3);
        System.out.println("installed=" + JunctionAgent.isInstalled());
        System.out.println("parent=" + describe(parent));
        System.out.println("gadget=" + describe(gadget));
        System.out.println("failures=" + JunctionAgent.failures());
        System.out.println("agentClass=" + JunctionAgent.class.getProtectionDomain().getCodeSource().getLocation());
        try {
            Class.forName("net.bytebuddy.ByteBuddy");
            System.out.println("unrelocated byte buddy visible");
        } catch (ClassNotFoundException expected) {
            System.out.println("unrelocated byte buddy absent");
        }
    }

    private static String describe(Object self) {
        return Bridge.callsOn(self).stream()
                .map(call -> call.kind() + ":" + call.field() + (call.kind().equals("write") ? "=" + call.newValue() : ""))
                .collect(Collectors.joining(","));
    }
}
