package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/** A constraint was violated: a duplicate key, a NULL into a NOT NULL column, a broken foreign key (SQLState class 23). */
public class IntegrityException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    IntegrityException(String message, SQLException cause, String sql, List<Object> parameters, String sqlState) {
        super(message, cause, sql, parameters, sqlState);
    }
}
