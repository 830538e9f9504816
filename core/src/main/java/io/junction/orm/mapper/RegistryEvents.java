package io.junction.orm.mapper;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.AttributeListeners;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.event.AppendListener;
import io.junction.orm.event.CollectionInitListener;
import io.junction.orm.event.InstanceListener;
import io.junction.orm.event.MapperListener;
import io.junction.orm.event.RemoveListener;
import io.junction.orm.event.SetListener;
import io.junction.orm.mapper.MapperEvents.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The listeners of a registry's classes (SQLAlchemy's {@code event.listen} on a mapped class or one
 * of its attributes): {@code registry.events().beforeInsert(User.class, (user, connection) -> ...)}.
 * Register them before the classes are used by sessions; a listener may be added to a class that
 * is not mapped yet, and an attribute listener is checked when the registry configures (a name
 * that is no mapped attribute fails there). Listeners stay with the class when it is mapped again
 * after {@link Registry#dispose()}.
 */
public final class RegistryEvents {
    private final Registry registry;
    private final Map<Class<?>, MapperEvents> byClass = new HashMap<>();
    private final List<AttributeRegistration> attributeListeners = new ArrayList<>();

    /** A listener of one attribute, kept to be installed on every mapper of its class this registry configures. */
    private record AttributeRegistration(Class<?> type, String attribute, String event,
                                         Consumer<AttributeListeners> install, boolean collectionOnly) {
    }

    RegistryEvents(Registry registry) {
        this.registry = registry;
    }

    /** Before the INSERT of each new {@code type} object's row; the listener may set its columns. */
    public <T> RegistryEvents beforeInsert(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.BEFORE_INSERT, listener);
    }

    /** After the INSERTs of the flush's new {@code type} objects; their generated keys are set. */
    public <T> RegistryEvents afterInsert(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.AFTER_INSERT, listener);
    }

    /**
     * Before the UPDATE of each changed {@code type} object's row: called for every object the flush
     * saves that is persistent, also when no column changed (only a collection did), so the listener
     * may set a column that the UPDATE then writes; none is sent when still no column changed.
     */
    public <T> RegistryEvents beforeUpdate(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.BEFORE_UPDATE, listener);
    }

    /** After the UPDATEs of the flush's changed {@code type} objects (every object beforeUpdate saw). */
    public <T> RegistryEvents afterUpdate(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.AFTER_UPDATE, listener);
    }

    /** Before the DELETE of each deleted {@code type} object's row. */
    public <T> RegistryEvents beforeDelete(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.BEFORE_DELETE, listener);
    }

    /** After the DELETEs of the flush's deleted {@code type} objects. */
    public <T> RegistryEvents afterDelete(Class<T> type, MapperListener<? super T> listener) {
        return flush(type, Kind.AFTER_DELETE, listener);
    }

    /** After a {@code type} object is made from a row, once per object and query (not for an object the session held). */
    public <T> RegistryEvents load(Class<T> type, InstanceListener<? super T> listener) {
        synchronized (registry) {
            events(type).addLoad(listener);
        }
        return this;
    }

    /** After expired columns of a {@code type} object the session held are loaded again (a refresh, or a read after expiry). */
    public <T> RegistryEvents refresh(Class<T> type, InstanceListener<? super T> listener) {
        synchronized (registry) {
            events(type).addRefresh(listener);
        }
        return this;
    }

    /** When {@code attribute} (a column or a reference) of a {@code type} object is set; returns the value to store. */
    @SuppressWarnings("unchecked")
    public <T, V> RegistryEvents set(Class<T> type, String attribute, SetListener<? super T, V> listener) {
        SetListener<Object, Object> each = (SetListener<Object, Object>) (SetListener<?, ?>) listener;
        return attribute(new AttributeRegistration(type, attribute, "set", l -> l.onSet(each, true), false));
    }

    /** When a member is appended to the collection {@code attribute}; returns the member to append. */
    @SuppressWarnings("unchecked")
    public <T, V> RegistryEvents append(Class<T> type, String attribute, AppendListener<? super T, V> listener) {
        AppendListener<Object, Object> each = (AppendListener<Object, Object>) (AppendListener<?, ?>) listener;
        return attribute(new AttributeRegistration(type, attribute, "append", l -> l.onAppend(each, true), true));
    }

    /** When a member is removed from the collection {@code attribute}. */
    @SuppressWarnings("unchecked")
    public <T, V> RegistryEvents remove(Class<T> type, String attribute, RemoveListener<? super T, V> listener) {
        RemoveListener<Object, Object> each = (RemoveListener<Object, Object>) (RemoveListener<?, ?>) listener;
        return attribute(new AttributeRegistration(type, attribute, "remove", l -> l.onRemove(each, true), true));
    }

    /**
     * When the collection {@code attribute} of a {@code type} object is given a new collection: a new
     * object's, a loaded one, or one user code assigns. Never for a dynamic or write-only relationship.
     */
    @SuppressWarnings("unchecked")
    public <T, C> RegistryEvents initCollection(Class<T> type, String attribute,
                                                CollectionInitListener<? super T, C> listener) {
        CollectionInitListener<Object, Object> each = (CollectionInitListener<Object, Object>) (CollectionInitListener<?, ?>) listener;
        return attribute(new AttributeRegistration(type, attribute, "init_collection", l -> l.onInit(each), true));
    }

    private RegistryEvents flush(Class<?> type, Kind kind, MapperListener<?> listener) {
        synchronized (registry) {
            events(type).add(kind, listener);
        }
        return this;
    }

    private MapperEvents events(Class<?> type) {
        MapperEvents events = byClass.get(type);
        if (events == null) {
            events = new MapperEvents(type);
            byClass.put(type, events);
            Mapper mapper = registry.mapperOrNull(type);
            if (mapper != null) {
                mapper.events(events);
            }
        }
        return events;
    }

    private RegistryEvents attribute(AttributeRegistration registration) {
        synchronized (registry) {
            attributeListeners.add(registration);
            Mapper mapper = registry.mapperOrNull(registration.type());
            if (mapper != null && mapper.isConfigured()) {
                install(mapper, registration);
            }
        }
        return this;
    }

    /** The listeners of {@code type}'s mapper, or {@code null} when it has none; called when it is mapped. */
    MapperEvents of(Class<?> type) {
        return byClass.get(type);
    }

    /** Installs the attribute listeners of {@code mapper}'s class, once its properties and backrefs are configured. */
    void configured(Mapper mapper) {
        for (AttributeRegistration registration : attributeListeners) {
            if (registration.type() == mapper.type()) {
                install(mapper, registration);
            }
        }
    }

    private static void install(Mapper mapper, AttributeRegistration registration) {
        String name = mapper.type().getSimpleName() + "." + registration.attribute();
        if (!mapper.hasProperty(registration.attribute())) {
            throw new MappingException("a " + registration.event() + " listener was registered for " + name
                    + ", but " + mapper.type().getSimpleName() + " has no mapped attribute '" + registration.attribute()
                    + "'; its attributes are " + mapper.properties().stream().map(MapperProperty::key).toList());
        }
        AttributeImpl attribute = mapper.property(registration.attribute()).attribute();
        boolean collection = attribute instanceof CollectionAttribute;
        if (registration.collectionOnly() != collection) {
            throw new MappingException("a " + registration.event() + " listener was registered for " + name + ", which is "
                    + (collection ? "a collection: listen to its append and remove events instead of set"
                    : "not a collection: listen to its set event instead of " + registration.event()));
        }
        registration.install().accept(attribute.listenersForUpdate());
    }
}
