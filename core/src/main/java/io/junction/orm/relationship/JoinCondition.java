package io.junction.orm.relationship;

import io.junction.sql.expression.BinaryExpression;
import io.junction.sql.expression.BooleanClauseList;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Operator;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.ForeignKey;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a relationship joins its parent's table to its target's: the direction, the pairs of
 * columns compared (local on the parent's side, remote on the other), the pairs through an
 * association table for a many-to-many, and any extra criteria of a custom {@code primaryJoin}.
 * Found from the tables' foreign keys, or from {@code primaryJoin}, {@code foreignKeys} and {@code remoteSide}.
 */
public final class JoinCondition {

    /** Two columns compared for equality: {@code local} on the parent's side, {@code remote} on the target's. */
    public record Pair(Column local, Column remote) {
    }

    private final Direction direction;
    private final List<Pair> pairs;
    private final Table secondary;
    private final List<Pair> secondaryPairs;
    private final List<ColumnElement> extraCriteria;

    JoinCondition(Direction direction, List<Pair> pairs, Table secondary, List<Pair> secondaryPairs,
                  List<ColumnElement> extraCriteria) {
        this.direction = direction;
        this.pairs = List.copyOf(pairs);
        this.secondary = secondary;
        this.secondaryPairs = List.copyOf(secondaryPairs);
        this.extraCriteria = List.copyOf(extraCriteria);
    }

    public Direction direction() {
        return direction;
    }

    /**
     * The compared columns. One-to-many: parent key → child foreign key; many-to-one: own foreign
     * key → target key; many-to-many: parent key → association column.
     */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The association table of a many-to-many, else {@code null}. */
    public Table secondary() {
        return secondary;
    }

    /** For a many-to-many: association column (local) → target key (remote). */
    public List<Pair> secondaryPairs() {
        return secondaryPairs;
    }

    /** Criteria of a custom primaryJoin beyond the column pairs, such as {@code addresses.city = 'Boston'}. */
    public List<ColumnElement> extraCriteria() {
        return extraCriteria;
    }

    /** The condition for the other side of this relationship. */
    JoinCondition reverse() {
        if (direction == Direction.MANY_TO_MANY) {
            List<Pair> primary = new ArrayList<>();
            for (Pair pair : secondaryPairs) {
                primary.add(new Pair(pair.remote(), pair.local()));
            }
            List<Pair> second = new ArrayList<>();
            for (Pair pair : pairs) {
                second.add(new Pair(pair.remote(), pair.local()));
            }
            return new JoinCondition(direction, primary, secondary, second, List.of());
        }
        List<Pair> swapped = new ArrayList<>();
        for (Pair pair : pairs) {
            swapped.add(new Pair(pair.remote(), pair.local()));
        }
        return new JoinCondition(direction.reverse(), swapped, null, List.of(), extraCriteria);
    }

    static JoinCondition analyze(String relationship, Table parent, Table target, Relationship config) {
        checkForeignKeys(relationship, parent, target, config);
        checkRemoteSide(relationship, parent, target, config);
        if (config.secondary() != null) {
            return manyToMany(relationship, parent, target, config);
        }
        if (config.primaryJoin() != null) {
            return fromPrimaryJoin(relationship, parent, target, config);
        }
        List<ForeignKey> toParent = referencing(target, parent, config.foreignKeys());
        List<ForeignKey> toTarget = parent == target ? List.of() : referencing(parent, target, config.foreignKeys());
        if (parent == target) {
            ForeignKey fk = single(relationship, toParent, parent, target);
            boolean manyToOne = !config.remoteSide().isEmpty() && fk.referencedColumns().containsAll(config.remoteSide());
            if (!config.remoteSide().isEmpty() && !manyToOne && !fk.columns().containsAll(config.remoteSide())) {
                throw new RelationshipException(relationship + ": remoteSide " + names(config.remoteSide()) + " is neither the "
                        + "foreign key " + names(fk.columns()) + " nor the key it references " + names(fk.referencedColumns())
                        + "; for a many-to-one give remoteSide(" + names(fk.referencedColumns()) + "), for a one-to-many "
                        + "remoteSide(" + names(fk.columns()) + ")");
            }
            return manyToOne ? manyToOne(fk) : oneToMany(fk);
        }
        if (!toParent.isEmpty() && !toTarget.isEmpty()) {
            throw new RelationshipException(relationship + ": tables '" + parent.name() + "' and '" + target.name()
                    + "' reference each other (" + toParent + " and " + toTarget + "), so the direction is ambiguous; "
                    + "say which columns to use with foreignKeys(...) or primaryJoin(...)");
        }
        if (!toParent.isEmpty()) {
            return oneToMany(single(relationship, toParent, parent, target));
        }
        if (!toTarget.isEmpty()) {
            return manyToOne(single(relationship, toTarget, parent, target));
        }
        throw new RelationshipException(relationship + ": no foreign key links table '" + parent.name() + "' and table '"
                + target.name() + "'; add a foreign key to one of them, or give primaryJoin(...) with foreignKeys(...)"
                + danglingForeignKeys(parent, target));
    }

    private static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(JoinCondition::name).toList());
    }

    /** {@code table.column}, as a user writes it. */
    static String name(Column column) {
        return column.table().name() + "." + column.name();
    }

    /** Refuses a {@code foreignKeys(...)} column that is on neither table of the relationship (nor its association table). */
    private static void checkForeignKeys(String relationship, Table parent, Table target, Relationship config) {
        for (Column column : config.foreignKeys()) {
            Table table = column.table();
            if (table == parent || table == target || table == config.secondary()) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (Table from : config.secondary() != null ? List.of(config.secondary()) : List.of(parent, target)) {
                for (ForeignKey fk : from.foreignKeys()) {
                    boolean links = config.secondary() != null ? fk.references(parent) || fk.references(target)
                            : fk.references(from == parent ? target : parent);
                    if (links) {
                        fk.columns().forEach(c -> candidates.add(name(c)));
                    }
                }
            }
            throw new RelationshipException(relationship + ": foreignKeys(...) names " + name(column) + ", a column of table '"
                    + table.name() + "', which is neither table '" + parent.name() + "' nor table '" + target.name() + "'"
                    + (config.secondary() != null ? " nor the association table '" + config.secondary().name() + "'" : "")
                    + "; name the foreign key column of the join"
                    + (candidates.isEmpty() ? "" : ", such as " + String.join(" or ", candidates)));
        }
    }

    /**
     * Refuses a {@code remoteSide(...)} on a relationship between two tables that names a column of
     * the parent's own table: there the foreign keys give the direction, and such a remote side
     * contradicts it.
     */
    private static void checkRemoteSide(String relationship, Table parent, Table target, Relationship config) {
        if (parent == target || config.secondary() != null) {
            return;
        }
        for (Column column : config.remoteSide()) {
            if (column.table() != target) {
                throw new RelationshipException(relationship + ": remoteSide(...) names " + name(column) + ", which is not "
                        + "a column of the target's table '" + target.name() + "'; remoteSide tells the two ends of a "
                        + "self-referential relationship apart (a table joined to itself), while between table '"
                        + parent.name() + "' and table '" + target.name() + "' the foreign keys give the direction: "
                        + "drop remoteSide(...)");
            }
        }
    }

    /** A note on foreign keys of {@code tables} that reference a table the MetaData does not have, or "". */
    private static String danglingForeignKeys(Table... tables) {
        StringBuilder note = new StringBuilder();
        for (Table table : tables) {
            if (table == null) {
                continue;
            }
            for (ForeignKey fk : table.foreignKeys()) {
                if (!table.metadata().hasTable(fk.referencedTableName())) {
                    note.append(note.length() == 0 ? "" : "; ").append("the foreign key on ")
                            .append(String.join(", ", fk.columns().stream().map(JoinCondition::name).toList()))
                            .append(" references table '").append(fk.referencedTableName())
                            .append("', which does not exist in this MetaData (its tables are ")
                            .append(table.metadata().tables().stream().map(Table::name).toList())
                            .append("): correct the table name in foreignKey(...)");
                }
            }
        }
        return note.length() == 0 ? "" : " (" + note + ")";
    }

    private static JoinCondition oneToMany(ForeignKey fk) {
        List<Pair> pairs = new ArrayList<>();
        for (Column column : fk.columns()) {
            pairs.add(new Pair(fk.referencedColumnFor(column), column));
        }
        return new JoinCondition(Direction.ONE_TO_MANY, pairs, null, List.of(), List.of());
    }

    private static JoinCondition manyToOne(ForeignKey fk) {
        List<Pair> pairs = new ArrayList<>();
        for (Column column : fk.columns()) {
            pairs.add(new Pair(column, fk.referencedColumnFor(column)));
        }
        return new JoinCondition(Direction.MANY_TO_ONE, pairs, null, List.of(), List.of());
    }

    private static ForeignKey single(String relationship, List<ForeignKey> candidates, Table parent, Table target) {
        if (candidates.isEmpty()) {
            throw new RelationshipException(relationship + ": no foreign key links table '" + parent.name()
                    + "' and table '" + target.name() + "'; add one, or give primaryJoin(...) with foreignKeys(...)"
                    + danglingForeignKeys(parent, target));
        }
        if (candidates.size() > 1) {
            throw new RelationshipException(relationship + ": there are several foreign keys between table '"
                    + parent.name() + "' and table '" + target.name() + "': " + candidates
                    + "; say which one with foreignKeys(...) or primaryJoin(...)");
        }
        return candidates.get(0);
    }

    /** Foreign keys of {@code from} that reference {@code to}, limited to {@code only} when given. */
    private static List<ForeignKey> referencing(Table from, Table to, List<Column> only) {
        List<ForeignKey> result = new ArrayList<>();
        for (ForeignKey fk : from.foreignKeys()) {
            if (fk.references(to) && (only.isEmpty() || only.containsAll(fk.columns()))) {
                result.add(fk);
            }
        }
        return result;
    }

    private static JoinCondition manyToMany(String relationship, Table parent, Table target, Relationship config) {
        Table secondary = config.secondary();
        List<Pair> primary;
        List<Pair> second;
        List<ColumnElement> extra = new ArrayList<>();
        if (config.primaryJoin() != null) {
            primary = orient(equalities(config.primaryJoin(), extra), parent, secondary, relationship, "primaryJoin");
        } else {
            List<ForeignKey> fks = referencing(secondary, parent, config.foreignKeys());
            if (parent == target && config.secondaryJoin() == null) {
                throw new RelationshipException(relationship + ": the association table '" + secondary.name()
                        + "' references table '" + parent.name() + "' twice; give primaryJoin(...) and secondaryJoin(...)");
            }
            ForeignKey fk = single(relationship, fks, parent, secondary);
            primary = new ArrayList<>();
            for (Column column : fk.columns()) {
                primary.add(new Pair(fk.referencedColumnFor(column), column));
            }
        }
        if (config.secondaryJoin() != null) {
            List<Pair> oriented = orient(equalities(config.secondaryJoin(), extra), secondary, target, relationship, "secondaryJoin");
            second = oriented;
        } else {
            List<ForeignKey> fks = referencing(secondary, target, config.foreignKeys());
            ForeignKey fk = single(relationship, fks, secondary, target);
            second = new ArrayList<>();
            for (Column column : fk.columns()) {
                second.add(new Pair(column, fk.referencedColumnFor(column)));
            }
        }
        return new JoinCondition(Direction.MANY_TO_MANY, primary, secondary, second, extra);
    }

    private static JoinCondition fromPrimaryJoin(String relationship, Table parent, Table target, Relationship config) {
        List<ColumnElement> extra = new ArrayList<>();
        List<Pair> raw = equalities(config.primaryJoin(), extra);
        if (raw.isEmpty()) {
            throw new RelationshipException(relationship + ": primaryJoin compares no column of table '" + parent.name()
                    + "' with a column of table '" + target.name() + "'");
        }
        Set<Column> foreign = new HashSet<>(config.foreignKeys());
        if (foreign.isEmpty()) {
            for (Pair pair : raw) {
                if (pair.local().references(pair.remote())) {
                    foreign.add(pair.local());
                } else if (pair.remote().references(pair.local())) {
                    foreign.add(pair.remote());
                }
            }
        }
        if (foreign.isEmpty()) {
            throw new RelationshipException(relationship + ": cannot tell which columns of the primaryJoin are foreign "
                    + "keys; the tables declare none between the compared columns. Name them with foreignKeys(...)");
        }
        if (parent != target) {
            for (Pair pair : raw) {
                Set<Table> sides = new HashSet<>(List.of(pair.local().table(), pair.remote().table()));
                if (!sides.equals(Set.of(parent, target))) {
                    throw new RelationshipException(relationship + ": primaryJoin compares " + name(pair.local()) + " with "
                            + name(pair.remote()) + ", but each comparison of columns should join table '" + parent.name()
                            + "' to table '" + target.name() + "'; compare a column of each (a condition on one table "
                            + "alone, such as a literal, may stay)");
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        Direction direction = null;
        for (Pair pair : raw) {
            Column a = pair.local();
            Column b = pair.remote();
            Column fkColumn = foreign.contains(a) ? a : foreign.contains(b) ? b : null;
            if (fkColumn == null) {
                throw new RelationshipException(relationship + ": neither " + a + " nor " + b
                        + " is a foreign key; name the foreign key column with foreignKeys(...)");
            }
            Column other = fkColumn == a ? b : a;
            Direction pairDirection;
            if (parent == target) {
                boolean remoteIsReferenced = !config.remoteSide().isEmpty() && config.remoteSide().contains(other);
                pairDirection = remoteIsReferenced ? Direction.MANY_TO_ONE : Direction.ONE_TO_MANY;
            } else {
                pairDirection = fkColumn.table() == target ? Direction.ONE_TO_MANY : Direction.MANY_TO_ONE;
            }
            if (direction != null && direction != pairDirection) {
                throw new RelationshipException(relationship + ": the primaryJoin's foreign keys point both ways; "
                        + "name the foreign key columns of one side with foreignKeys(...)");
            }
            direction = pairDirection;
            pairs.add(pairDirection == Direction.ONE_TO_MANY ? new Pair(other, fkColumn) : new Pair(fkColumn, other));
        }
        return new JoinCondition(direction, pairs, null, List.of(), extra);
    }

    /** Orients equality pairs so that {@code local} is on {@code from} and {@code remote} on {@code to}. */
    private static List<Pair> orient(List<Pair> raw, Table from, Table to, String relationship, String option) {
        List<Pair> result = new ArrayList<>();
        for (Pair pair : raw) {
            if (pair.local().table() == from && pair.remote().table() == to) {
                result.add(pair);
            } else if (pair.remote().table() == from && pair.local().table() == to) {
                result.add(new Pair(pair.remote(), pair.local()));
            } else {
                throw new RelationshipException(relationship + ": " + option + " compares " + pair.local() + " with "
                        + pair.remote() + ", but it should join table '" + from.name() + "' to table '" + to.name() + "'");
            }
        }
        if (result.isEmpty()) {
            throw new RelationshipException(relationship + ": " + option + " joins no column of table '" + from.name()
                    + "' to a column of table '" + to.name() + "'");
        }
        return result;
    }

    /** The column-to-column equalities of an AND-ed condition; everything else goes to {@code extra}. */
    private static List<Pair> equalities(ColumnElement condition, List<ColumnElement> extra) {
        List<Pair> pairs = new ArrayList<>();
        List<ColumnElement> parts = condition instanceof BooleanClauseList list && list.operator() == Operator.AND
                ? list.clauses() : List.of(condition);
        for (ColumnElement part : parts) {
            if (part instanceof BinaryExpression binary && binary.operator() == Operator.EQ
                    && binary.left() instanceof Column left && binary.right() instanceof Column right) {
                pairs.add(new Pair(left, right));
            } else {
                extra.add(part);
            }
        }
        return pairs;
    }
}
