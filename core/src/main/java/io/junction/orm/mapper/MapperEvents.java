package io.junction.orm.mapper;

import io.junction.engine.Connection;
import io.junction.orm.event.InstanceListener;
import io.junction.orm.event.ListenerException;
import io.junction.orm.event.MapperListener;

import java.util.Arrays;

/**
 * The flush, load and refresh listeners of one mapped class, in the order they were added. A mapper
 * without listeners holds none ({@link Mapper#events()} is {@code null}), so the flush and loading
 * pay one null check per mapper; a kind without listeners is an empty array.
 */
public final class MapperEvents {

    /** The flush events, in SQLAlchemy's names: {@code before_insert}, ... */
    public enum Kind {
        BEFORE_INSERT("before_insert"), AFTER_INSERT("after_insert"), BEFORE_UPDATE("before_update"),
        AFTER_UPDATE("after_update"), BEFORE_DELETE("before_delete"), AFTER_DELETE("after_delete");

        private final String eventName;

        Kind(String eventName) {
            this.eventName = eventName;
        }

        @Override
        public String toString() {
            return eventName;
        }
    }

    private static final MapperListener<?>[] NO_FLUSH = new MapperListener<?>[0];
    private static final InstanceListener<?>[] NO_INSTANCE = new InstanceListener<?>[0];

    private final Class<?> type;
    private final MapperListener<?>[][] flush = new MapperListener<?>[Kind.values().length][];
    private InstanceListener<?>[] loads = NO_INSTANCE;
    private InstanceListener<?>[] refreshes = NO_INSTANCE;

    MapperEvents(Class<?> type) {
        this.type = type;
        Arrays.fill(flush, NO_FLUSH);
    }

    void add(Kind kind, MapperListener<?> listener) {
        MapperListener<?>[] current = flush[kind.ordinal()];
        MapperListener<?>[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = listener;
        flush[kind.ordinal()] = next;
    }

    void addLoad(InstanceListener<?> listener) {
        loads = with(loads, listener);
    }

    void addRefresh(InstanceListener<?> listener) {
        refreshes = with(refreshes, listener);
    }

    private static InstanceListener<?>[] with(InstanceListener<?>[] current, InstanceListener<?> listener) {
        InstanceListener<?>[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = listener;
        return next;
    }

    /** True if some listener hears {@code kind}. */
    public boolean has(Kind kind) {
        return flush[kind.ordinal()].length > 0;
    }

    /**
     * Calls the {@code kind} listeners for {@code target}, in order; a listener's exception is wrapped in
     * a {@link ListenerException} naming the event and the object, so the flush that called it fails and
     * rolls back.
     */
    @SuppressWarnings("unchecked")
    public void fire(Kind kind, Object target, Connection connection) {
        for (MapperListener<?> listener : flush[kind.ordinal()]) {
            try {
                ((MapperListener<Object>) listener).on(target, connection);
            } catch (RuntimeException failure) {
                throw new ListenerException("a " + kind + " listener of " + type.getSimpleName() + " failed for "
                        + target + ": " + failure, failure);
            }
        }
    }

    /** Calls the load listeners: {@code target} was just made from a row. */
    public void loaded(Object target) {
        fireInstance(loads, target);
    }

    /** Calls the refresh listeners: expired columns of {@code target}, held already, were just loaded again. */
    public void refreshed(Object target) {
        fireInstance(refreshes, target);
    }

    public boolean hasLoad() {
        return loads.length > 0;
    }

    public boolean hasRefresh() {
        return refreshes.length > 0;
    }

    @SuppressWarnings("unchecked")
    private static void fireInstance(InstanceListener<?>[] listeners, Object target) {
        for (InstanceListener<?> listener : listeners) {
            ((InstanceListener<Object>) listener).on(target);
        }
    }
}
