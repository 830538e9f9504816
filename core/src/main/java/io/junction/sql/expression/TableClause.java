package io.junction.sql.expression;

import java.util.List;

/** A named database table as the expression language sees it; the schema's {@code Table} extends it. */
public abstract class TableClause extends FromClause {

    public abstract String name();

    /** The schema the table lives in, or {@code null} for the default one. */
    public String schema() {
        return null;
    }

    /** The primary key columns, in order. */
    public abstract List<? extends ColumnClause> primaryKey();

    @Override
    public String description() {
        return "table '" + (schema() == null ? "" : schema() + ".") + name() + "'";
    }

    @Override
    public void describeReference(Shape shape) {
        shape.token("T:" + (schema() == null ? "" : schema() + ".") + name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTable(this);
    }

    @Override
    public void describe(Shape shape) {
        describeReference(shape);
    }

    @Override
    public String toString() {
        return name();
    }
}
