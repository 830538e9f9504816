package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Delete;
import io.junction.sql.expression.Insert;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.Update;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The INSERT, UPDATE and DELETE statements of a {@link WriteOnlyCollection}, SQLAlchemy's
 * {@code WriteOnlyCollection.insert()/update()/delete()}. The owner's key values are bound when the
 * statement runs, after the session's autoflush, so an owner that is only pending when the
 * statement is built is written first and its new key is the one sent.
 */
final class WriteOnlyStatements {

    private WriteOnlyStatements() {
    }

    /** An INSERT into the target table with the foreign key columns set to the owner's key. */
    static Insert insert(InstanceState owner, RelationshipProperty relationship) {
        JoinCondition join = relationship.join();
        if (join.direction() != Direction.ONE_TO_MANY) {
            throw new IllegalStateException(relationship + ": a WRITE_ONLY collection's bulk insert() is only "
                    + "supported for one-to-many collections; for a many-to-many, insert the rows of "
                    + relationship.target().type().getSimpleName() + " with a separate INSERT (or add new objects) "
                    + "and link them with addAll()");
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < join.pairs().size(); i++) {
            values.put(join.pairs().get(i).remote(), ownerValue(owner, relationship, i));
        }
        return Sql.insert(relationship.target().table()).values(values);
    }

    /** An UPDATE of the target table whose WHERE selects the owner's members. */
    static Update update(InstanceState owner, RelationshipProperty relationship) {
        return Sql.update(relationship.target().table()).where(members(owner, relationship));
    }

    /** A DELETE from the target table whose WHERE selects the owner's members. */
    static Delete delete(InstanceState owner, RelationshipProperty relationship) {
        return Sql.delete(relationship.target().table()).where(members(owner, relationship));
    }

    /**
     * The criteria of the owner's members in the target table alone: the foreign key equal to the
     * owner's key (and a custom join's extra criteria); for a many-to-many, the target's key IN the
     * association rows of the owner.
     */
    private static ColumnElement members(InstanceState owner, RelationshipProperty relationship) {
        JoinCondition join = relationship.join();
        List<ColumnElement> criteria = new ArrayList<>();
        for (int i = 0; i < join.pairs().size(); i++) {
            criteria.add(join.pairs().get(i).remote().eq(ownerValue(owner, relationship, i)));
        }
        if (join.secondary() == null) {
            criteria.addAll(join.extraCriteria());
            return Sql.and(criteria);
        }
        if (join.secondaryPairs().size() != 1 || !join.extraCriteria().isEmpty()) {
            throw new IllegalStateException(relationship + ": a WRITE_ONLY collection's update() and delete() "
                    + "support a many-to-many whose association table refers to the target by one column and whose "
                    + "join has no extra criteria; write the statement with Sql.update/Sql.delete instead");
        }
        JoinCondition.Pair target = join.secondaryPairs().get(0);
        return target.remote().in(Sql.select(target.local()).where(Sql.and(criteria)));
    }

    /** A parameter bound, when its statement runs, to the owner's value of the {@code index}th local column. */
    private static ColumnElement ownerValue(InstanceState owner, RelationshipProperty relationship, int index) {
        Column local = relationship.join().pairs().get(index).local();
        return Sql.bindparam(() -> Relations.localValues(owner, relationship).get(index), local.valueType());
    }
}
