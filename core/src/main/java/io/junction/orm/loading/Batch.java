package io.junction.orm.loading;

import io.junction.engine.Row;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rows of one statement into objects by its {@link EntityPlan}: each row's entities
 * through the identity map, the members of joined relationships gathered per parent, and on
 * {@link #finish()} those relationships set (only where not loaded already) and the
 * relationships loaded by statements of their own run, each by its {@link PostLoader}, for the
 * objects seen.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    private final LoadContext context;
    private final EntityPlan plan;
    private final Source source;
    private final boolean hearsLoaded;
    private final Map<InstanceState, Map<RelationshipProperty, Members>> members = new IdentityHashMap<>();
    private final List<Members> order = new ArrayList<>();

    /** Members of one parent's relationship gathered from rows; {@code populate} false when it was loaded already. */
    private static final class Members {
        final InstanceState parent;
        final RelationshipProperty relationship;
        final boolean populate;
        final List<Object> items = new ArrayList<>();
        final Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());

        Members(InstanceState parent, RelationshipProperty relationship) {
            this.parent = parent;
            this.relationship = relationship;
            this.populate = !parent.isLoaded(relationship.key());
        }

        void add(Object item) {
            if (present.add(item)) {
                items.add(item);
            }
        }
    }

    /** @param source the parts of the statement, for SUBQUERY loads of the plan's root entity; {@code null} if none */
    Batch(LoadContext context, EntityPlan plan, Source source) {
        this.context = context;
        this.plan = plan;
        this.source = source;
        this.hearsLoaded = context.hearsLoadedAsPersistent();
    }

    /** The row's object of the plan's entity (or {@code null} for an outer-join miss), its joined relationships gathered. */
    Object process(Row row) {
        return process(plan, row);
    }

    /** The objects of the plan's entity the rows gave since the last {@link #finish()}, each once, in the order of their first rows. */
    List<InstanceState> loaded() {
        return plan.loaded();
    }

    private Object process(EntityPlan node, Row row) {
        Object object = ObjectLoader.instance(context, node, row, hearsLoaded);
        if (object == null) {
            return null;
        }
        if (node.joined.isEmpty()) {
            return object;
        }
        InstanceState state = InstanceState.of(object);
        for (EntityPlan.Joined join : node.joined) {
            Object target = process(join.target(), row);
            Map<RelationshipProperty, Members> byRelationship = members.computeIfAbsent(state, s -> new IdentityHashMap<>());
            Members gathered = byRelationship.get(join.relationship());
            if (gathered == null) {
                gathered = new Members(state, join.relationship());
                byRelationship.put(join.relationship(), gathered);
                order.add(gathered);
            }
            if (gathered.populate && target != null) {
                gathered.add(target);
            }
        }
        return object;
    }

    /** Sets the joined relationships gathered so far, then runs the loads that follow for the objects seen. */
    void finish() {
        for (Members gathered : order) {
            if (gathered.populate && !gathered.parent.isLoaded(gathered.relationship.key())) {
                populate(gathered.parent, gathered.relationship, gathered.items);
            }
        }
        members.clear();
        order.clear();
        followUp(plan, true);
    }

    private void followUp(EntityPlan node, boolean root) {
        List<InstanceState> loaded = node.drainLoaded();
        for (EntityPlan.Post load : node.post) {
            List<InstanceState> parents = new ArrayList<>();
            for (InstanceState state : loaded) {
                if (!state.isLoaded(load.relationship().key())) {
                    parents.add(state);
                }
            }
            if (!parents.isEmpty()) {
                load.strategy().load(context, root ? source : null, node, load.relationship(), parents, load.chunkSize());
            }
        }
        for (EntityPlan.Joined join : node.joined) {
            followUp(join.target(), false);
        }
    }

    /**
     * Sets a loaded relationship through its attribute (pending appends apply), and the many-to-one
     * backref of the members of a one-to-many.
     */
    static void populate(InstanceState parent, RelationshipProperty relationship, List<Object> targets) {
        if (relationship.uselist()) {
            relationship.attribute().setCommitted(parent, new ArrayList<>(targets));
        } else {
            if (targets.size() > 1) {
                LOG.warn("Multiple rows returned with uselist(false) for {} of the {} with key {}: {} {} objects, of which "
                                + "the first is kept. Declare {} as a collection (drop uselist(false)), or narrow its "
                                + "primaryJoin so that at most one row matches", relationship, relationship.parent().type()
                                .getSimpleName(), parent.key(), targets.size(), relationship.target().type().getSimpleName(),
                        relationship);
            }
            relationship.attribute().setCommitted(parent, targets.isEmpty() ? null : targets.get(0));
        }
        if (relationship.direction() == Direction.ONE_TO_MANY) {
            populateReverse(relationship, parent, targets);
        }
    }

    /** Children loaded through a one-to-many know their parent: their unloaded many-to-one backref is set to it. */
    private static void populateReverse(RelationshipProperty relationship, InstanceState parent, List<Object> children) {
        RelationshipProperty reverse = relationship.reverse();
        if (reverse == null || reverse.uselist() || !reverse.join().extraCriteria().isEmpty()
                || !relationship.join().extraCriteria().isEmpty()) {
            return;
        }
        for (Object child : children) {
            InstanceState childState = InstanceState.of(child);
            if (childState != null && !childState.isLoaded(reverse.key())) {
                reverse.attribute().setCommitted(childState, parent.object());
            }
        }
    }
}
