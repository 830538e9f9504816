package io.junction.agent;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.pool.TypePool;

/**
 * Tells whether a {@code GETFIELD}/{@code PUTFIELD} names a mapped field: the field
 * is resolved as the JVM does, through the owner's superclasses, and counts when it
 * is a mapped field of a candidate class. Types are read through a {@link TypePool},
 * never loaded; decisions are kept in a {@link Decisions} cache that may outlive
 * this resolver (one per class loader in the agent).
 */
final class FieldAccessResolver {

    /** Cached answers for one class loader's view of the classes; holds only names. */
    static final class Decisions {
        private final ConcurrentMap<String, Boolean> fields = new ConcurrentHashMap<>();
    }

    private final Candidates candidates;
    private final TypePool typePool;
    private final Decisions decisions;

    FieldAccessResolver(Candidates candidates, TypePool typePool, Decisions decisions) {
        this.candidates = candidates;
        this.typePool = typePool;
        this.decisions = decisions;
    }

    /** Whether the access {@code owner.name:descriptor} (internal owner name) is to be rewritten. */
    boolean isMapped(String owner, String name, String descriptor) {
        String key = owner + '.' + name + ':' + descriptor;
        Boolean known = decisions.fields.get(key);
        if (known == null) {
            known = resolve(owner.replace('/', '.'), name, descriptor);
            if (known == null) {
                return false;
            }
            decisions.fields.putIfAbsent(key, known);
        }
        return known;
    }

    /** The decision, or null when the owner's class file is not found (not cached: it may appear later). */
    private Boolean resolve(String owner, String name, String descriptor) {
        try {
            TypePool.Resolution resolution = typePool.describe(owner);
            if (!resolution.isResolved()) {
                return null;
            }
            TypeDescription type = resolution.resolve();
            while (type != null) {
                for (FieldDescription.InDefinedShape field : type.getDeclaredFields()) {
                    if (field.getName().equals(name) && field.getDescriptor().equals(descriptor)) {
                        return Candidates.isMappedField(field)
                                && candidates.isCandidate(type)
                                && candidates.mappedFieldHiddenBy(type, name) == null;
                    }
                }
                TypeDescription.Generic superClass = type.getSuperClass();
                type = superClass == null ? null : superClass.asErasure();
            }
            return false;
        } catch (RuntimeException unresolvable) {
            return false;
        }
    }
}
