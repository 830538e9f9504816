package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * A relationship as an operand of criteria, SQLAlchemy's relationship comparator: each method
 * returns a SQL expression for {@code Query.filter}, combinable with {@code Sql.and/or/not}.
 * {@code Rel.of(Address.class, "user").eq(ed)} compares the foreign key with ed's key, no join;
 * {@code Rel.of(User.class, "addresses").any(ADDRESSES.c("email").like("%@b"))} is a correlated
 * {@code EXISTS}. {@code aliased(Node.class).rel("parent")} reads the relationship's own side
 * through the alias; the metamodel's {@code Node_.children} has the same methods.
 */
public final class Rel {
    private final RelationshipProperty relationship;
    private final FromClause source;
    private final boolean sourceAliased;

    private Rel(RelationshipProperty relationship, FromClause source, boolean sourceAliased) {
        this.relationship = relationship;
        this.source = source;
        this.sourceAliased = sourceAliased;
    }

    /** The relationship {@code attribute} of {@code type}, read from the class's table. */
    public static Rel of(Class<?> type, String attribute) {
        Mapper mapper = Mapper.forClass(type);
        return new Rel(relationship(mapper, attribute), mapper.table(), false);
    }

    /** The relationship {@code attribute} of the aliased class, read from its alias. */
    static Rel of(Aliased<?> aliased, String attribute) {
        return new Rel(relationship(aliased.mapper(), attribute), aliased.alias(), true);
    }

    private static RelationshipProperty relationship(Mapper mapper, String attribute) {
        MapperProperty property = mapper.hasProperty(attribute) ? mapper.property(attribute) : null;
        if (property instanceof RelationshipProperty relationship) {
            return relationship;
        }
        List<String> names = new ArrayList<>();
        for (MapperProperty candidate : mapper.properties()) {
            if (candidate instanceof RelationshipProperty) {
                names.add(candidate.key());
            }
        }
        throw new IllegalArgumentException(mapper.type().getSimpleName() + "." + attribute + " is "
                + (property == null ? "not mapped" : "a column; compare it with its column's eq/ne")
                + "; the relationships of " + mapper.type().getSimpleName() + " are " + names);
    }

    // ---- scalar references ------------------------------------------------------------------------

    /**
     * The reference is {@code target}. Many-to-one: {@code ? = child.parent_id}, the foreign key
     * against the target's key, no join; {@code null} is {@link #isNull()}. A one-to-one held on
     * the other side: {@code parent.id = ?} with the target's foreign key value. When a custom
     * {@code primaryJoin} has criteria beyond its column pairs, {@code EXISTS} of the target's row
     * with them, so that they hold too.
     */
    public ColumnElement eq(Object target) {
        if (target == null) {
            return isNull();
        }
        requireScalar("eq", "contains(object)");
        return matches(target);
    }

    /**
     * The reference is not {@code target}. Many-to-one: {@code child.parent_id != ? OR child.parent_id IS NULL}
     * (a row without a parent counts, as in SQLAlchemy); else {@code NOT EXISTS} of the target.
     * {@code null} is {@link #isNotNull()}.
     */
    public ColumnElement ne(Object target) {
        if (target == null) {
            return isNotNull();
        }
        requireScalar("ne", "not(contains(object))");
        if (relationship.direction() == Direction.MANY_TO_ONE && relationship.join().extraCriteria().isEmpty()) {
            List<ColumnElement> criteria = new ArrayList<>();
            for (JoinCondition.Pair pair : relationship.join().pairs()) {
                ColumnElement local = local(pair.local());
                criteria.add(Sql.or(local.ne(Sql.literal(value(target, pair.remote()), local.valueType())), local.isNull()));
            }
            return Sql.and(criteria);
        }
        return Sql.not(exists(identity(target)));
    }

    /**
     * No related object. Many-to-one: {@code child.parent_id IS NULL}; a collection (or a
     * reference held on the other side): {@code NOT EXISTS}, SQLAlchemy's {@code ~any()}.
     */
    public ColumnElement isNull() {
        if (relationship.direction() == Direction.MANY_TO_ONE) {
            List<ColumnElement> criteria = new ArrayList<>();
            for (JoinCondition.Pair pair : relationship.join().pairs()) {
                criteria.add(local(pair.local()).isNull());
            }
            return Sql.and(criteria);
        }
        return Sql.not(exists(null));
    }

    /** Some related object: {@code child.parent_id IS NOT NULL} for a many-to-one, else {@code EXISTS}. */
    public ColumnElement isNotNull() {
        if (relationship.direction() == Direction.MANY_TO_ONE) {
            List<ColumnElement> criteria = new ArrayList<>();
            for (JoinCondition.Pair pair : relationship.join().pairs()) {
                criteria.add(local(pair.local()).isNotNull());
            }
            return Sql.and(criteria);
        }
        return exists(null);
    }

    /**
     * The referenced object exists and matches {@code criterion}:
     * {@code EXISTS (SELECT 1 FROM parent WHERE parent.id = child.parent_id AND criterion)},
     * correlated to the query; a self-referential target is read through an anonymous alias
     * ({@code nodes AS nodes_1}), to which the criterion's columns of the table are adapted.
     */
    public ColumnElement has(ColumnElement criterion) {
        requireScalar("has", "any(...)");
        return exists(criterion);
    }

    /** A referenced object exists. */
    public ColumnElement has() {
        return has(null);
    }

    // ---- collections ------------------------------------------------------------------------------

    /**
     * Some member matches {@code criterion}: {@code EXISTS (SELECT 1 FROM child WHERE parent.id =
     * child.parent_id AND criterion)}; a many-to-many goes through its association table
     * ({@code FROM keywords, user_keywords}). Self-referential targets are aliased as for {@link #has}.
     */
    public ColumnElement any(ColumnElement criterion) {
        requireCollection("any", "has(...)");
        return exists(criterion);
    }

    /** The collection is not empty; {@code not(any())} is an empty collection. */
    public ColumnElement any() {
        return any(null);
    }

    /**
     * {@code member} is in the collection. One-to-many: {@code parent.id = ?} with the member's
     * foreign key value, no join (with a custom {@code primaryJoin}'s further criteria, {@code EXISTS}
     * of the member's row with them); many-to-many: {@code EXISTS (SELECT 1 FROM association WHERE
     * parent.id = association.parent_id AND association.child_id = ?)}, which {@code not(...)} negates.
     */
    public ColumnElement contains(Object member) {
        requireCollection("contains", "eq(object)");
        if (member == null) {
            throw new IllegalArgumentException(relationship + ".contains(null): a collection holds no null; "
                    + "for an empty collection use not(any())");
        }
        return matches(member);
    }

    // ---- SQL ----------------------------------------------------------------------------------------

    /** The criterion that the relationship of a row holds {@code target}, without a join where the keys allow. */
    private ColumnElement matches(Object target) {
        JoinCondition join = relationship.join();
        if (!join.extraCriteria().isEmpty()) {
            // a custom primaryJoin's other criteria (orders.isopen = 1) must hold for the target row too
            return exists(identity(target));
        }
        List<ColumnElement> criteria = new ArrayList<>();
        switch (relationship.direction()) {
            case MANY_TO_ONE -> {
                for (JoinCondition.Pair pair : join.pairs()) {
                    ColumnElement local = local(pair.local());
                    criteria.add(Sql.literal(value(target, pair.remote()), local.valueType()).eq(local));
                }
            }
            case ONE_TO_MANY -> {
                for (JoinCondition.Pair pair : join.pairs()) {
                    ColumnElement local = local(pair.local());
                    criteria.add(local.eq(Sql.literal(value(target, pair.remote()), local.valueType())));
                }
            }
            case MANY_TO_MANY -> {
                FromClause secondary = join.secondary();
                for (JoinCondition.Pair pair : join.pairs()) {
                    criteria.add(local(pair.local()).eq(pair.remote()));
                }
                for (JoinCondition.Pair pair : join.secondaryPairs()) {
                    criteria.add(pair.local().eq(Sql.literal(value(target, pair.remote()), pair.local().valueType())));
                }
                return Sql.exists(Sql.select(Sql.literalColumn("1")).from(secondary)
                        .where(Sql.and(criteria)).correlateExcept(secondary));
            }
        }
        return Sql.and(criteria);
    }

    /** {@code target.pk = ?} for each primary key column of {@code target}, as the target's table. */
    private ColumnElement identity(Object target) {
        List<ColumnElement> criteria = new ArrayList<>();
        for (var key : relationship.target().primaryKey()) {
            criteria.add(key.column().eq(value(target, key.column())));
        }
        return Sql.and(criteria);
    }

    /**
     * {@code EXISTS (SELECT 1 FROM target[, secondary] WHERE join AND criterion)}: the target (and
     * association table) stay in the subquery even when the enclosing query has them, and
     * everything else correlates.
     */
    private ColumnElement exists(ColumnElement criterion) {
        JoinCondition join = relationship.join();
        FromClause table = relationship.target().table();
        boolean selfReferential = table == relationship.parent().table();
        FromClause target = selfReferential && !sourceAliased ? relationship.target().table().alias() : table;
        FromClause secondary = join.secondary();
        List<ColumnElement> where = new ArrayList<>();
        where.add(Relations.on(relationship, source, target, secondary));
        if (secondary != null) {
            where.add(Relations.secondaryOn(relationship, secondary, target, source));
        }
        if (criterion != null) {
            where.add(ClauseAdapter.of(table, target).adapt(criterion));
        }
        FromClause[] froms = secondary == null ? new FromClause[]{target} : new FromClause[]{target, secondary};
        return Sql.exists(Sql.select(Sql.literalColumn("1")).from(froms).where(Sql.and(where)).correlateExcept(froms));
    }

    private ColumnElement local(Column column) {
        return ClauseAdapter.corresponding(source, column);
    }

    /** The value of {@code column}'s attribute in {@code object}, a mapped object of the target's class. */
    private Object value(Object object, Column column) {
        if (!relationship.accepts(object)) {
            throw new IllegalArgumentException("cannot compare " + relationship + " with " + object + ": "
                    + relationship.expectedClass(object));
        }
        InstanceState state = InstanceState.require(object);
        return Mapper.of(state).columnProperty(column).get(state);
    }

    private void requireScalar(String operator, String instead) {
        if (relationship.uselist()) {
            throw new IllegalArgumentException(relationship + " is a collection; " + operator
                    + " compares a single reference: use " + instead);
        }
    }

    private void requireCollection(String operator, String instead) {
        if (!relationship.uselist()) {
            throw new IllegalArgumentException(relationship + " is a single reference; " + operator
                    + " tests a collection: use " + instead);
        }
    }

    @Override
    public String toString() {
        return "Rel(" + relationship + ")";
    }
}
