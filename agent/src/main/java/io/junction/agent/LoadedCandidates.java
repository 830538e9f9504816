package io.junction.agent;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;

/** Finds candidate classes that are loaded but not enhanced, e.g. loaded before the agent started. */
final class LoadedCandidates {

    private LoadedCandidates() {
    }

    /** The names, sorted, of the classes among {@code loaded} that are candidates without the marker. */
    static List<String> unenhanced(Class<?>[] loaded, Candidates candidates) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : loaded) {
            try {
                if (type.isArray() || type.isPrimitive() || type.isHidden() || type.getClassLoader() == null
                        || candidates.isIgnored(type.getName())) {
                    continue;
                }
                TypeDescription description = TypeDescription.ForLoadedType.of(type);
                if (candidates.isCandidate(description) && !hasMarker(type)) {
                    names.add(type.getName());
                }
            } catch (RuntimeException | LinkageError unreadable) {
                // a class whose metadata cannot be read is not one we can judge
            }
        }
        names.sort(null);
        return names;
    }

    private static boolean hasMarker(Class<?> type) {
        try {
            type.getDeclaredField(BridgeContract.MARKER);
            return true;
        } catch (NoSuchFieldException absent) {
            return false;
        }
    }
}
