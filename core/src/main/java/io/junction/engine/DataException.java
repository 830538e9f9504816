package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/** A value the database cannot take: of the wrong type, too long, out of range (SQLState class 22). */
public class DataException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    DataException(String message, SQLException cause, String sql, List<Object> parameters, String sqlState) {
        super(message, cause, sql, parameters, sqlState);
    }
}
