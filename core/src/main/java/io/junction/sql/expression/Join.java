package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.List;

/** {@code left [LEFT OUTER] JOIN right ON condition}. */
public final class Join extends FromClause {
    private final FromClause left;
    private final FromClause right;
    private final ColumnElement on;
    private final boolean outer;

    Join(FromClause left, FromClause right, ColumnElement on, boolean outer) {
        this.left = left;
        this.right = right;
        this.on = on;
        this.outer = outer;
    }

    public FromClause left() {
        return left;
    }

    public FromClause right() {
        return right;
    }

    public ColumnElement on() {
        return on;
    }

    /** True for a LEFT OUTER JOIN. */
    public boolean outer() {
        return outer;
    }

    @Override
    public List<? extends ColumnClause> columns() {
        List<ColumnClause> result = new ArrayList<>(left.columns());
        result.addAll(right.columns());
        return result;
    }

    @Override
    public List<FromClause> coveredFroms() {
        List<FromClause> result = new ArrayList<>();
        result.add(this);
        result.addAll(left.coveredFroms());
        result.addAll(right.coveredFroms());
        return result;
    }

    @Override
    public String description() {
        return "join of " + left.description() + " and " + right.description();
    }

    @Override
    public void describeReference(Shape shape) {
        describe(shape);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitJoin(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(outer ? "outerjoin" : "join");
        left.describe(shape);
        right.describe(shape);
        on.describe(shape);
        shape.close();
    }
}
