package io.junction.orm.mapper;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Maps a class on demand, the first time the ORM is asked for the mapper of a class nobody has
 * mapped yet (such as {@code session.get(Node.class, 1)} before any {@code Node} exists).
 * Implementations are found with {@link ServiceLoader}; junction-declarative provides the one
 * that configures a {@code DeclarativeBase} at its first use.
 */
public interface MapperSource {

    /** Maps {@code type} if this source knows how; returns whether {@code type} is mapped now. */
    boolean map(Class<?> type);

    /** Asks every source to map {@code type}; true when one did. */
    static boolean mapOnDemand(Class<?> type) {
        for (MapperSource source : Sources.ALL) {
            if (source.map(type)) {
                return true;
            }
        }
        return false;
    }

    /** The sources on the class path, loaded once. */
    final class Sources {
        static final List<MapperSource> ALL = load();

        private Sources() {
        }

        private static List<MapperSource> load() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = MapperSource.class.getClassLoader();
            }
            return ServiceLoader.load(MapperSource.class, loader).stream().map(ServiceLoader.Provider::get).toList();
        }
    }
}
