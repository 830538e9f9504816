package io.junction.orm.inspect;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.ClassManager;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.ScalarAttribute;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.Cascade;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLAlchemy's {@code inspect()}: {@code Junction.inspect(object)} for an object's ORM state,
 * {@code Junction.inspect(Node.class)} for a class's mapping. Neither runs SQL nor loads anything.
 */
public final class Junction {

    private Junction() {
    }

    /**
     * The ORM state of a mapped object: its status, identity, session, which attributes are
     * loaded, and each attribute's history, read without loading (an attribute that is not loaded
     * shows only the changes made to it without loading, as SQLAlchemy's history does with
     * {@code PASSIVE_NO_INITIALIZE}).
     *
     * @throws IllegalArgumentException if {@code object} is null or not of a mapped class
     */
    public static ObjectView inspect(Object object) {
        if (object instanceof Class<?> type) {
            throw new IllegalArgumentException("inspect(" + type.getSimpleName()
                    + ".class) describes a mapper; call it with a Class-typed argument, not an Object");
        }
        InstanceState state = InstanceState.require(object);
        ClassManager manager = state.manager();
        Session session = Session.objectSession(object);
        boolean marked = false;
        ObjectStatus status = switch (state.status()) {
            case TRANSIENT -> ObjectStatus.TRANSIENT;
            case PENDING -> ObjectStatus.PENDING;
            case PERSISTENT -> ObjectStatus.PERSISTENT;
            case DETACHED -> ObjectStatus.DETACHED;
            case DELETED -> {
                // Junction marks an object DELETED when session.delete is called; SQLAlchemy calls it
                // deleted only once the flush has deleted its row, which is when the session stops
                // containing it.
                if (session != null && session.contains(object)) {
                    marked = true;
                    yield ObjectStatus.PERSISTENT;
                }
                yield ObjectStatus.DELETED;
            }
        };
        List<Object> identity = state.key() instanceof EntityKey key ? key.values() : null;
        Map<String, AttributeView> attributes = new LinkedHashMap<>();
        for (AttributeImpl attribute : manager.attributes()) {
            attributes.put(attribute.key(), attributeView(state, attribute));
        }
        return new ObjectView(object, manager.type(), status, marked, identity, session, state.isModified(), attributes);
    }

    private static AttributeView attributeView(InstanceState state, AttributeImpl attribute) {
        String name = attribute.key();
        boolean loaded = state.isLoaded(name);
        AttributeHistory history;
        if (!loaded && !state.isChanged(name) && attribute instanceof ScalarAttribute) {
            history = AttributeHistory.EMPTY;
        } else {
            io.junction.orm.attribute.History h = attribute.history(state);
            history = new AttributeHistory(h.added(), h.unchanged(), h.deleted());
        }
        return new AttributeView(name, loaded, loaded ? snapshot(attribute.get(state)) : null, history);
    }

    private static Object snapshot(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
        }
        if (value instanceof Set<?> set) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(set));
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        if (value instanceof Collection<?> collection) {
            return Collections.unmodifiableList(new ArrayList<>(collection));
        }
        return value;
    }

    /**
     * The mapping of a class: its table, columns, primary key and relationships, configuring its
     * registry first if that has not happened yet.
     *
     * @throws io.junction.orm.mapper.MappingException if the class is not mapped
     */
    public static MapperView inspect(Class<?> type) {
        Mapper mapper = Mapper.forClass(type);
        Map<String, Column> columns = new LinkedHashMap<>();
        for (ColumnProperty property : mapper.columnProperties()) {
            columns.put(property.key(), property.column());
        }
        List<Column> primaryKey = new ArrayList<>();
        for (ColumnProperty property : mapper.primaryKey()) {
            primaryKey.add(property.column());
        }
        Map<String, RelationshipView> relationships = new LinkedHashMap<>();
        for (MapperProperty property : mapper.properties()) {
            if (property instanceof RelationshipProperty relationship) {
                relationships.put(relationship.key(), relationshipView(mapper, relationship));
            }
        }
        return new MapperView(mapper.type(), mapper.table(), columns, primaryKey, relationships);
    }

    private static RelationshipView relationshipView(Mapper mapper, RelationshipProperty relationship) {
        JoinCondition join = relationship.join();
        Set<Column> local = new LinkedHashSet<>();
        Set<Column> remote = new LinkedHashSet<>();
        List<ColumnPair> pairs = new ArrayList<>();
        for (JoinCondition.Pair pair : join.pairs()) {
            local.add(pair.local());
            remote.add(pair.remote());
            pairs.add(new ColumnPair(pair.local(), pair.remote()));
        }
        if (join.direction() == Direction.MANY_TO_MANY) {
            // secondaryPairs are (association column, target column); SQLAlchemy lists (target, association)
            for (JoinCondition.Pair pair : join.secondaryPairs()) {
                remote.add(pair.local());
                pairs.add(new ColumnPair(pair.remote(), pair.local()));
            }
        }
        Set<Cascade.Option> cascade = EnumSet.noneOf(Cascade.Option.class);
        for (Cascade.Option option : Cascade.Option.values()) {
            if (relationship.cascade().has(option)) {
                cascade.add(option);
            }
        }
        RelationshipProperty reverse = relationship.reverse();
        return new RelationshipView(relationship.key(), mapper.type(), relationship.target().type(),
                join.direction(), new ArrayList<>(local), new ArrayList<>(remote), pairs, join.secondary(),
                reverse == null ? null : reverse.key(), relationship.isBackref(), relationship.uselist(), cascade,
                relationship.lazy(), relationship.viewonly());
    }
}
