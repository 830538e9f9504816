package io.junction.sql.expression;

/** A named column of a FROM clause: a table's column, or the column of an alias or subquery. */
public abstract class ColumnClause extends ColumnElement {

    public abstract String name();

    /** The FROM clause this column belongs to. */
    public abstract FromClause from();

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitColumn(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("col");
        from().describeReference(shape);
        shape.token(name()).close();
    }

    @Override
    public String toString() {
        return from().description() + "." + name();
    }
}
