package io.junction.engine;

import java.sql.SQLException;
import java.util.List;

/** A statement the database cannot run: an unknown table or column, a syntax error, an unsupported feature (SQLState classes 42 and 0A). */
public class ProgrammingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    ProgrammingException(String message, SQLException cause, String sql, List<Object> parameters, String sqlState) {
        super(message, cause, sql, parameters, sqlState);
    }
}
