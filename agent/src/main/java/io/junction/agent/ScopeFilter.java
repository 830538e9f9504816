package io.junction.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The agent's transformer: hands a class to enhancement (Byte Buddy, which parses it) only when
 * {@link MappedAncestry} says enhancement may change it, which a scan of its constant pool
 * decides for every class that is not ignored; one {@code MappedAncestry} per class loader. A class
 * enhanced already (at build time by {@link Enhancer}) is never handed on.
 * Enhancement is set up when the first such class arrives, so a JVM that loads no mapped class
 * never loads Byte Buddy's transformer.
 * With {@code -Djunction.agent.debug=true} it prints each class it hands on and, at exit, how many
 * classes it scanned and handed on.
 */
final class ScopeFilter implements ClassFileTransformer {

    static final String DEBUG_PROPERTY = "junction.agent.debug";

    private final Candidates candidates;
    private final Supplier<ClassFileTransformer> setUp;
    private volatile ClassFileTransformer enhancement;
    private final boolean debug = Boolean.getBoolean(DEBUG_PROPERTY);
    private final Map<ClassLoader, MappedAncestry> ancestries = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicInteger scanned = new AtomicInteger();
    private final AtomicInteger handedOn = new AtomicInteger();

    ScopeFilter(Candidates candidates, Supplier<ClassFileTransformer> enhancement) {
        this.candidates = candidates;
        this.setUp = enhancement;
        if (debug) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(
                    "[junction-agent] scanned " + scanned.get() + " classes, enhanced " + handedOn.get())));
        }
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classFile) throws IllegalClassFormatException {
        if (loader == null || className == null || candidates.isIgnored(className.replace('/', '.'))) {
            return null;
        }
        scanned.incrementAndGet();
        if (!concerns(classFile, loader)) {
            return null;
        }
        handedOn.incrementAndGet();
        if (debug) {
            System.err.println("[junction-agent] enhancing " + className.replace('/', '.'));
        }
        return enhancement().transform(module, loader, className, classBeingRedefined, protectionDomain, classFile);
    }

    private ClassFileTransformer enhancement() {
        ClassFileTransformer current = enhancement;
        if (current == null) {
            synchronized (this) {
                current = enhancement;
                if (current == null) {
                    try {
                        current = setUp.get();
                    } catch (RuntimeException | LinkageError failure) {
                        System.err.println("[junction-agent] ERROR could not set up enhancement: " + failure);
                        throw failure;
                    }
                    enhancement = current;
                }
            }
        }
        return current;
    }

    private boolean concerns(byte[] classFile, ClassLoader loader) {
        ClassFileScan scan;
        try {
            scan = ClassFileScan.of(classFile);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
        if (scan.enhanced()) {
            return false;
        }
        return ancestries.computeIfAbsent(loader, any -> new MappedAncestry(candidates)).concerns(scan, loader);
    }
}
