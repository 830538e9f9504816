package io.junction.sql.expression;

/** An ORDER BY item: an expression, ascending or descending. */
public final class OrderBy implements SqlNode {
    private final ColumnElement element;
    private final boolean descending;

    public OrderBy(ColumnElement element, boolean descending) {
        this.element = element;
        this.descending = descending;
    }

    public ColumnElement element() {
        return element;
    }

    public boolean descending() {
        return descending;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitOrderBy(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(descending ? "desc" : "asc");
        element.describe(shape);
        shape.close();
    }
}
