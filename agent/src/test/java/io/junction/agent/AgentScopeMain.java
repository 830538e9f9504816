package io.junction.agent;

import io.junction.agent.testmodel.scope.Account;
import io.junction.agent.testmodel.scope.Ledger;
import io.junction.agent.testmodel.scope.Teller;
import io.junction.orm.attribute.Bridge;
import java.io.File;
import java.io.IOException;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Run in a forked JVM with the agent and {@code -Djunction.agent.debug=true}: loads every class of
 * the jar named by the first argument (a library the agent does not ignore) and of the jar named by
 * the second (one it ignores), then an accessor before the mapped class it writes to, and prints
 * what it loaded and what reached Bridge.
 */
public final class AgentScopeMain {

    private AgentScopeMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("library classes=" + classes(new File(args[0])) + " loaded=" + loadAll(new File(args[0])));
        System.out.println("ignored library classes loaded=" + loadAll(new File(args[1])));
        Class.forName(Teller.class.getName());
        Class.forName(Ledger.class.getName());
        run();
    }

    // kept apart from main so that Account is linked only after Teller loaded
    private static void run() {
        Account account = new Account();
        Teller.deposit(account, 5);
        System.out.println("ledger=" + new Ledger().add(5));
        System.out.println("account=" + Bridge.callsOn(account).size() + " calls, balance " + account.balance);
    }

    private static long classes(File jar) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            return file.stream().filter(entry -> isClass(entry.getName())).count();
        }
    }

    private static boolean isClass(String entry) {
        return entry.endsWith(".class") && !entry.contains("-") && !entry.startsWith("META-INF/");
    }

    private static int loadAll(File jar) throws IOException {
        int loaded = 0;
        try (JarFile file = new JarFile(jar)) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                String name = entry.getName();
                if (isClass(name)) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                AgentScopeMain.class.getClassLoader());
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException missingDependency) {
                        // a class of an optional dependency that is not on the class path
                    }
                }
            }
        }
        return loaded;
    }
}
