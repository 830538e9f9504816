package io.junction.orm.loading;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place an entity SELECT is assembled from its {@link EntityPlan}: leading columns (a
 * parent key a post load groups by), the entity's columns and its joined eager targets', the FROM
 * with the eager LEFT OUTER JOINs attached, criteria, the given order followed by the joined
 * collections' order, and limits. Building lays the plan's columns out, so the plan then reads
 * the statement's rows.
 */
final class EntitySelect {
    private final EntityPlan plan;
    private List<? extends ColumnElement> leading = List.of();
    private FromClause from;
    private ColumnElement where;
    private List<OrderBy> orderBy = List.of();
    private Integer limit;
    private Integer offset;

    private EntitySelect(EntityPlan plan) {
        this.plan = plan;
    }

    static EntitySelect of(EntityPlan plan) {
        return new EntitySelect(plan);
    }

    /** Columns selected before the entity's, at the start of each row. */
    EntitySelect leading(List<? extends ColumnElement> columns) {
        this.leading = columns;
        return this;
    }

    /**
     * The FROM the eager joins attach to, named in the statement; without it the plan's own FROM,
     * named only when eager joins are attached.
     */
    EntitySelect from(FromClause base) {
        this.from = base;
        return this;
    }

    EntitySelect where(ColumnElement criterion) {
        this.where = criterion;
        return this;
    }

    /** The order before the joined collections' configured order. */
    EntitySelect orderBy(List<OrderBy> order) {
        this.orderBy = order;
        return this;
    }

    EntitySelect limit(Integer rows, Integer skipped) {
        this.limit = rows;
        this.offset = skipped;
        return this;
    }

    Select build() {
        List<ColumnElement> columns = new ArrayList<>(leading);
        columns.addAll(plan.columns(leading.size()));
        Select select = Sql.select(columns);
        FromClause tree = plan.attachJoins(from != null ? from : plan.from);
        if (from != null || tree != plan.from) {
            select = select.from(tree);
        }
        if (where != null) {
            select = select.where(where);
        }
        List<OrderBy> order = new ArrayList<>(orderBy);
        order.addAll(plan.joinedOrder());
        if (!order.isEmpty()) {
            select = select.orderBy(order.toArray(new SqlNode[0]));
        }
        if (limit != null) {
            select = select.limit(limit);
        }
        if (offset != null) {
            select = select.offset(offset);
        }
        return select;
    }
}
