package io.junction.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * For one class loader, which classes enhancement may concern, decided from
 * {@linkplain ClassFileScan constant pool scans} alone: a class whose field accesses may be
 * rewritten, being a candidate or a class that refers to a field of a class that is, or has a
 * superclass that is, a possible candidate. A possible candidate mentions {@code @Mapped}, lies in
 * a package named to the agent or is {@code DeclarativeBase}; the full check follows in
 * {@link Candidates}. Superclasses and field owners are read as class files through the loader,
 * loaded or not, so a class that accesses a mapped class's fields is found before that class
 * loads. Answers are cached by name (names only, nothing that holds the loader), except those
 * that depended on a class file that is missing now and may appear later.
 */
final class MappedAncestry {

    private static final String DECLARATIVE_BASE = BridgeContract.DECLARATIVE_BASE.replace('.', '/');

    private final Candidates candidates;
    private final ConcurrentMap<String, Boolean> answers = new ConcurrentHashMap<>();

    MappedAncestry(Candidates candidates) {
        this.candidates = candidates;
    }

    /** Whether enhancement may change the scanned class, loaded through {@code loader}. */
    boolean concerns(ClassFileScan scan, ClassLoader loader) {
        Boolean own = isPossibleCandidate(scan) ? Boolean.TRUE : inherits(scan.superName(), loader);
        if (own != null) {
            answers.put(scan.name(), own);
        }
        if (Boolean.TRUE.equals(own)) {
            return true;
        }
        for (String owner : scan.fieldOwners()) {
            if (!owner.equals(scan.name()) && Boolean.TRUE.equals(inherits(owner, loader))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code name} or one of its superclasses is a possible candidate; null when a class
     * file on the way is missing or unreadable.
     */
    private Boolean inherits(String name, ClassLoader loader) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Boolean answer = null;
        for (String current = name; ; ) {
            if (current == null || current.startsWith("java/")) {
                answer = Boolean.FALSE;
                break;
            }
            Boolean known = answers.get(current);
            if (known != null) {
                answer = known;
                break;
            }
            ClassFileScan scan = seen.add(current) ? read(current, loader) : null;
            if (scan == null) {
                break;
            }
            chain.add(current);
            if (isPossibleCandidate(scan)) {
                answer = Boolean.TRUE;
                break;
            }
            current = scan.superName();
        }
        if (answer != null) {
            for (String link : chain) {
                answers.put(link, answer);
            }
        }
        return answer;
    }

    private boolean isPossibleCandidate(ClassFileScan scan) {
        return scan.mentionsMapped() || scan.name().equals(DECLARATIVE_BASE)
                || candidates.isInNamedPackage(scan.name().replace('/', '.'));
    }

    private static ClassFileScan read(String name, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(name + ".class")) {
            return in == null ? null : ClassFileScan.of(in.readAllBytes());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
