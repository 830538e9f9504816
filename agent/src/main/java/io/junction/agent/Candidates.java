package io.junction.agent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Which classes are enhanced ("candidates"), decided from type descriptions alone so
 * that no class is loaded: a class (not an interface, annotation, enum or record)
 * that carries {@code @Mapped}, has {@code DeclarativeBase} among its superclasses,
 * or lies in one of the named packages or their subpackages. Ignored types are never
 * candidates. A type whose description cannot be resolved counts as no candidate.
 */
final class Candidates {

    private final List<String> packages;

    Candidates(Collection<String> packages) {
        this.packages = List.copyOf(packages);
    }

    /** The packages of an agent argument such as {@code com.example.model,com.example.other}. */
    static List<String> parsePackages(String argument) {
        List<String> packages = new ArrayList<>();
        if (argument != null) {
            for (String part : argument.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    packages.add(part.trim());
                }
            }
        }
        return packages;
    }

    List<String> packages() {
        return packages;
    }

    /**
     * Whether the agent leaves {@code binaryName} alone: an {@linkplain IgnoredTypes ignored} type,
     * unless it lies in a package named to the agent and is not part of the JDK or Junction itself
     * (so naming {@code org.apache.myapp.model} enhances that package's models).
     */
    boolean isIgnored(String binaryName) {
        if (!IgnoredTypes.isIgnored(binaryName)) {
            return false;
        }
        return IgnoredTypes.isNeverEnhanced(binaryName) || !isInNamedPackage(binaryName);
    }

    boolean isCandidate(TypeDescription type) {
        try {
            if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum()
                    || type.isRecord() || isIgnored(type.getName())) {
                return false;
            }
            return isAnnotatedMapped(type) || extendsDeclarativeBase(type) || isInNamedPackage(type);
        } catch (RuntimeException unresolvable) {
            return false;
        }
    }

    /** Whether the class was enhanced already (at build time or by an earlier load). */
    static boolean isEnhanced(TypeDescription type) {
        for (FieldDescription.InDefinedShape field : type.getDeclaredFields()) {
            if (field.getName().equals(BridgeContract.MARKER)) {
                return true;
            }
        }
        return false;
    }

    /** A field that gets a reader and a writer: an instance field neither transient nor synthetic. */
    static boolean isMappedField(FieldDescription field) {
        return !field.isStatic() && !field.isTransient() && !field.isSynthetic();
    }

    /**
     * Whether a candidate needs the state field and the {@code Enhanced} methods: not when
     * it or a superclass implements {@code Enhanced}, nor when a superclass is a candidate
     * (the superclass gets them).
     */
    boolean needsStateField(TypeDescription type) {
        if (implementsEnhanced(type)) {
            return false;
        }
        for (TypeDescription superClass : superClasses(type)) {
            if (isCandidate(superClass) || implementsEnhanced(superClass)) {
                return false;
            }
        }
        return true;
    }

    /** The superclass of {@code type} that is a candidate and declares a mapped field {@code name}, or null. */
    TypeDescription mappedFieldHiddenBy(TypeDescription type, String name) {
        for (TypeDescription superClass : superClasses(type)) {
            if (isCandidate(superClass)) {
                for (FieldDescription.InDefinedShape field : superClass.getDeclaredFields()) {
                    if (field.getName().equals(name) && isMappedField(field)) {
                        return superClass;
                    }
                }
            }
        }
        return null;
    }

    /** The superclasses of a type, nearest first, as far as they resolve. */
    static List<TypeDescription> superClasses(TypeDescription type) {
        List<TypeDescription> result = new ArrayList<>();
        try {
            for (TypeDefinition current = type.getSuperClass(); current != null; current = current.getSuperClass()) {
                result.add(current.asErasure());
            }
        } catch (RuntimeException unresolvable) {
            // the chain ends where a class file cannot be found
        }
        return result;
    }

    private boolean isAnnotatedMapped(TypeDescription type) {
        for (AnnotationDescription annotation : annotations(type)) {
            try {
                if (annotation.getAnnotationType().getName().equals(BridgeContract.MAPPED)) {
                    return true;
                }
            } catch (RuntimeException unresolvable) {
                // an annotation whose type is absent is skipped, as the JVM does
            }
        }
        return false;
    }

    private static AnnotationList annotations(TypeDescription type) {
        try {
            return type.getInheritedAnnotations();
        } catch (RuntimeException unresolvable) {
            return type.getDeclaredAnnotations();
        }
    }

    private static boolean extendsDeclarativeBase(TypeDescription type) {
        for (TypeDescription superClass : superClasses(type)) {
            if (superClass.getName().equals(BridgeContract.DECLARATIVE_BASE)) {
                return true;
            }
        }
        return false;
    }

    private boolean isInNamedPackage(TypeDescription type) {
        if (packages.isEmpty() || type.isAnonymousType() || type.isLocalType() || type.isSynthetic()) {
            return false;
        }
        return isInNamedPackage(type.getName());
    }

    /** Whether the binary name lies in a package named to the agent or a subpackage of one. */
    boolean isInNamedPackage(String name) {
        if (packages.isEmpty()) {
            return false;
        }
        int lastDot = name.lastIndexOf('.');
        String packageName = lastDot < 0 ? "" : name.substring(0, lastDot);
        for (String named : packages) {
            if (packageName.equals(named) || packageName.startsWith(named + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean implementsEnhanced(TypeDescription type) {
        String enhanced = BridgeContract.ENHANCED.replace('/', '.');
        try {
            List<TypeDescription> pending = new ArrayList<>(type.getInterfaces().asErasures());
            while (!pending.isEmpty()) {
                TypeDescription candidate = pending.remove(pending.size() - 1);
                if (candidate.getName().equals(enhanced)) {
                    return true;
                }
                pending.addAll(candidate.getInterfaces().asErasures());
            }
        } catch (RuntimeException unresolvable) {
            // an interface that cannot be resolved is not Enhanced as far as we can tell
        }
        return false;
    }
}
