package io.junction.orm.loading;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.FromClause;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Sql;
import io.junction.sql.expression.SqlNode;

import java.util.List;

/**
 * The parts of a statement that chose some parent rows: its explicit FROM (joins), criteria,
 * order and limits. A SUBQUERY load repeats it, selecting only the parents' key columns.
 */
record Source(FromClause from, ColumnElement where, List<OrderBy> orderBy, Integer limit, Integer offset) {

    boolean limited() {
        return limit != null || offset != null;
    }

    /** SELECT {@code columns} with these parts; the order only when {@code ordered}. */
    Select select(List<? extends ColumnElement> columns, boolean ordered) {
        Select select = Sql.select(columns);
        if (from != null) {
            select = select.from(from);
        }
        if (where != null) {
            select = select.where(where);
        }
        if (ordered && !orderBy.isEmpty()) {
            select = select.orderBy(orderBy.toArray(new SqlNode[0]));
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
