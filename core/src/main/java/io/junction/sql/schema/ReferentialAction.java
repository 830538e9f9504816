package io.junction.sql.schema;

/** What the database does to referencing rows when a referenced key is updated or deleted. */
public enum ReferentialAction {
    CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT"), RESTRICT("RESTRICT"), NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
