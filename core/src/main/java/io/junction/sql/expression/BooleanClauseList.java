package io.junction.sql.expression;

import java.util.List;

/** Criteria joined by AND or by OR. */
public final class BooleanClauseList extends ColumnElement {
    private final Operator operator;
    private final List<ColumnElement> clauses;

    public BooleanClauseList(Operator operator, List<ColumnElement> clauses) {
        if (operator != Operator.AND && operator != Operator.OR) {
            throw new IllegalArgumentException("a clause list joins with AND or OR, not " + operator);
        }
        this.operator = operator;
        this.clauses = List.copyOf(clauses);
    }

    public Operator operator() {
        return operator;
    }

    public List<ColumnElement> clauses() {
        return clauses;
    }

    @Override
    public int precedence() {
        return operator.precedence();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBooleanList(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open(operator.name());
        for (ColumnElement clause : clauses) {
            clause.describe(shape);
        }
        shape.close();
    }
}
