package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/** The database or the connection to it failed: the connection was refused or lost, resources ran out, a deadlock or serialization failure (SQLState classes 08, 53, 57 and 40). */
public class OperationalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    OperationalException(String message, SQLException cause, String sql, List<Object> parameters, String sqlState) {
        super(message, cause, sql, parameters, sqlState);
    }
}
