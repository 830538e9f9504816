package io.junction.orm.relationship;

import io.junction.sql.schema.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The columns each writable relationship copies key values into, SQLAlchemy's
 * {@code _track_overlapping_sync_targets}: when a relationship copies into a column that another
 * relationship already writes, and the two are neither each other's other side nor named in
 * {@code overlaps}, it warns once, naming both, the columns and the fixes. Kept per column, so
 * mappings over other tables never meet; only relationships of the same registry are compared
 * (SQLAlchemy compares all mappers, where Junction lets several registries map the same tables to
 * different classes side by side), and those of a disposed registry are skipped.
 */
final class SyncTargets {
    private static final Logger LOG = LoggerFactory.getLogger(RelationshipProperty.class);
    private static final Map<Column, Map<RelationshipProperty, Column>> WRITERS = new WeakHashMap<>();

    private SyncTargets() {
    }

    /** Records the columns {@code relationship} writes, warning about each one another relationship writes too. */
    static void register(RelationshipProperty relationship) {
        if (relationship.viewonly()) {
            return;
        }
        JoinCondition join = relationship.join();
        Map<Column, Column> copies = new LinkedHashMap<>();
        for (JoinCondition.Pair pair : join.pairs()) {
            if (join.direction() == Direction.MANY_TO_ONE) {
                copies.put(pair.local(), pair.remote());
            } else {
                copies.put(pair.remote(), pair.local());
            }
        }
        for (JoinCondition.Pair pair : join.secondaryPairs()) {
            copies.put(pair.local(), pair.remote());
        }
        synchronized (WRITERS) {
            for (Map.Entry<Column, Column> copy : copies.entrySet()) {
                Column to = copy.getKey();
                Map<RelationshipProperty, Column> writers = WRITERS.computeIfAbsent(to, c -> new WeakHashMap<>());
                List<String> conflicts = new ArrayList<>();
                TreeSet<String> keys = new TreeSet<>();
                for (Map.Entry<RelationshipProperty, Column> other : writers.entrySet()) {
                    RelationshipProperty prop = other.getKey();
                    if (conflicts(relationship, prop)) {
                        conflicts.add("'" + prop + "' (copies " + JoinCondition.name(other.getValue()) + " to "
                                + JoinCondition.name(to) + ")");
                        keys.add(prop.key());
                    }
                }
                if (!conflicts.isEmpty()) {
                    conflicts.sort(null);
                    LOG.warn("relationship '{}' will copy column {} to column {}, which conflicts with relationship(s): {}. "
                                    + "If that is not intended, pair the relationships with backPopulates, or make the "
                                    + "read-only ones viewonly(true); where foreign keys overlap only in part, foreignKeys(...) "
                                    + "can name the columns this relationship writes. To silence this warning, add "
                                    + "overlaps(\"{}\") to the '{}' relationship.",
                            relationship, JoinCondition.name(copy.getValue()), JoinCondition.name(to),
                            String.join(", ", conflicts), String.join(",", keys), relationship);
                }
                writers.put(relationship, copy.getValue());
            }
        }
    }

    private static boolean conflicts(RelationshipProperty self, RelationshipProperty other) {
        return other != self && other.parent().registry() == self.parent().registry() && !other.disposed()
                && other != self.reverse() && self.reverse() != other
                && !self.config().overlaps().contains(other.key()) && !other.config().overlaps().contains(self.key())
                && !(self.key().equals(other.key()) && self.parent().type() == other.parent().type());
    }
}
