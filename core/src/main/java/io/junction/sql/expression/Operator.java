package io.junction.sql.expression;

/** Binary SQL operators, with their text and binding precedence. */
public enum Operator {
    EQ("=", 5), NE("!=", 5), LT("<", 5), LE("<=", 5), GT(">", 5), GE(">=", 5),
    LIKE("LIKE", 5), NOT_LIKE("NOT LIKE", 5),
    AND("AND", 3), OR("OR", 2);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    public String sql() {
        return sql;
    }

    int precedence() {
        return precedence;
    }
}
