package io.junction.agent;

import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.pool.TypePool;

/**
 * One type pool cache per class loader, so that a type is parsed once however many enhanced
 * classes refer to it. Keyed weakly; the cached types (which reach their loader) are held softly,
 * so a loader no longer used can be collected. Only types that resolved are kept: a class file
 * missing now may be defined later.
 */
final class TypePoolCaches extends AgentBuilder.PoolStrategy.WithTypePoolCache {

    private final Map<ClassLoader, TypePool.CacheProvider> caches = Collections.synchronizedMap(new WeakHashMap<>());

    TypePoolCaches() {
        super(TypePool.Default.ReaderMode.FAST);
    }

    @Override
    protected TypePool.CacheProvider locate(ClassLoader loader) {
        return caches.computeIfAbsent(loader, any -> new ResolvedTypes());
    }

    /** The resolved types of one class loader, softly held. */
    private static final class ResolvedTypes implements TypePool.CacheProvider {

        private volatile SoftReference<ConcurrentMap<String, TypePool.Resolution>> types =
                new SoftReference<>(new ConcurrentHashMap<>());

        @Override
        public TypePool.Resolution find(String name) {
            ConcurrentMap<String, TypePool.Resolution> current = types.get();
            return current == null ? null : current.get(name);
        }

        @Override
        public TypePool.Resolution register(String name, TypePool.Resolution resolution) {
            if (!resolution.isResolved()) {
                return resolution;
            }
            ConcurrentMap<String, TypePool.Resolution> current = types.get();
            if (current == null) {
                current = new ConcurrentHashMap<>();
                types = new SoftReference<>(current);
            }
            TypePool.Resolution previous = current.putIfAbsent(name, resolution);
            return previous == null ? resolution : previous;
        }

        @Override
        public void clear() {
            ConcurrentMap<String, TypePool.Resolution> current = types.get();
            if (current != null) {
                current.clear();
            }
        }
    }
}
