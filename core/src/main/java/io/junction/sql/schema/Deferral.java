package io.junction.sql.schema;

/** When the database checks a foreign key: at each statement (the default), or, for a deferrable key, at commit. */
public enum Deferral {
    /** Not deferrable: checked at the end of each statement. */
    NOT_DEFERRABLE(""),
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked per statement unless a transaction defers it. */
    DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked when the transaction commits. */
    DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
