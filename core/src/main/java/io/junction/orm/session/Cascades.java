package io.junction.orm.session;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.Cascade;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Follows relationships that cascade an operation, visiting related objects without loading anything. */
final class Cascades {

    private Cascades() {
    }

    /**
     * Calls {@code visit} for each object related to {@code state} through relationships with {@code option};
     * an object of another class than a relationship's target is refused before it is visited. A
     * save-update cascade also reaches the objects removed from a relationship since the last flush,
     * so that the session can delete them as orphans or write their changed foreign keys.
     */
    static void related(InstanceState state, Cascade.Option option, boolean load, Consumer<Object> visit) {
        for (MapperProperty property : Mapper.of(state).properties()) {
            if (property instanceof RelationshipProperty relationship && !relationship.viewonly()
                    && relationship.cascade().has(option)) {
                boolean loadMembers = load && !(option == Cascade.Option.DELETE
                        && relationship.passiveDeletes() != PassiveDeletes.OFF);
                for (Object member : members(state, relationship, loadMembers)) {
                    if (member != null) {
                        visit.accept(checked(relationship, member));
                    }
                }
                if (option == Cascade.Option.SAVE_UPDATE) {
                    for (Object removed : relationship.attribute().history(state).deleted()) {
                        if (removed != null) {
                            visit.accept(checked(relationship, removed));
                        }
                    }
                }
            }
        }
    }

    private static Object checked(RelationshipProperty relationship, Object member) {
        if (!relationship.accepts(member)) {
            throw new IllegalArgumentException(relationship + " does not handle objects of class "
                    + member.getClass().getSimpleName() + ": " + relationship.expectedClass(member));
        }
        return member;
    }

    static List<Object> members(InstanceState state, RelationshipProperty relationship, boolean load) {
        AttributeImpl attribute = relationship.attribute();
        if (load) {
            relationship.loadAllMembers(state);
        }
        if (attribute instanceof CollectionAttribute collection) {
            return collection.members(state);
        }
        List<Object> result = new ArrayList<>(1);
        if (state.isLoaded(attribute.key())) {
            result.add(attribute.get(state));
        }
        return result;
    }
}
