package io.junction.engine;

import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/** Turns a JDBC {@link SQLException} into the {@link DatabaseException} of its kind, with the statement for context. */
final class ExceptionTranslator {

    /** The kinds of database error, each with its exception class and the tag its message starts with. */
    enum Kind {
        INTEGRITY("integrity"), DATA("data"), PROGRAMMING("programming"), OPERATIONAL("operational"),
        DATABASE("database");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    private ExceptionTranslator() {
    }

    /** The exception for a statement that failed. */
    static DatabaseException translate(SQLException failure, ExecutedStatement statement) {
        SQLException specific = specific(failure);
        String state = state(failure, specific);
        List<Object> parameters = statement.batch() ? List.copyOf(statement.parameterSets()) : statement.parameters();
        String message = "(" + kind(state, specific).tag + ") " + driverMessage(failure, specific)
                + "\n[SQL: " + statement.sql() + "]"
                + "\n[parameters: " + (statement.batch()
                        ? ParameterFormat.sets(statement.parameterSets())
                        : ParameterFormat.values(statement.parameters())) + "]";
        return create(kind(state, specific), message, failure, statement.sql(), parameters, state);
    }

    /** The exception for a failure without a statement: opening, committing, rolling back, closing. */
    static DatabaseException translate(SQLException failure, String action) {
        SQLException specific = specific(failure);
        String state = state(failure, specific);
        Kind kind = kind(state, specific);
        String message = "(" + kind.tag + ") " + driverMessage(failure, specific) + "\n[while " + action + "]";
        return create(kind, message, failure, null, List.of(), state);
    }

    /** The exception for a connection that could not be opened: always operational. */
    static DatabaseException connectionFailure(SQLException failure, String target) {
        SQLException specific = specific(failure);
        String message = "(" + Kind.OPERATIONAL.tag + ") " + driverMessage(failure, specific)
                + "\n[while connecting to " + target + "]";
        return create(Kind.OPERATIONAL, message, failure, null, List.of(), state(failure, specific));
    }

    /** The kind of error an SQLState (and, failing that, the JDBC exception class) says. */
    static Kind kind(String sqlState, SQLException failure) {
        if (sqlState != null && sqlState.length() >= 2) {
            switch (sqlState.substring(0, 2)) {
                case "23":
                    return Kind.INTEGRITY;
                case "22":
                    return Kind.DATA;
                case "42":
                case "0A":
                    return Kind.PROGRAMMING;
                case "08":
                case "53":
                case "57":
                case "40":
                    return Kind.OPERATIONAL;
                default:
                    break;
            }
        }
        if (failure instanceof SQLIntegrityConstraintViolationException) {
            return Kind.INTEGRITY;
        }
        if (failure instanceof SQLDataException) {
            return Kind.DATA;
        }
        if (failure instanceof SQLSyntaxErrorException || failure instanceof SQLFeatureNotSupportedException) {
            return Kind.PROGRAMMING;
        }
        if (failure instanceof SQLNonTransientConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException || failure instanceof SQLTimeoutException
                || failure instanceof SQLTransactionRollbackException) {
            return Kind.OPERATIONAL;
        }
        return Kind.DATABASE;
    }

    private static DatabaseException create(Kind kind, String message, SQLException cause, String sql,
                                            List<Object> parameters, String state) {
        return switch (kind) {
            case INTEGRITY -> new IntegrityException(message, cause, sql, parameters, state);
            case DATA -> new DataException(message, cause, sql, parameters, state);
            case PROGRAMMING -> new ProgrammingException(message, cause, sql, parameters, state);
            case OPERATIONAL -> new OperationalException(message, cause, sql, parameters, state);
            case DATABASE -> new DatabaseException(message, cause, sql, parameters, state);
        };
    }

    /** The error behind a batch failure (JDBC chains it as the next exception), else the failure itself. */
    private static SQLException specific(SQLException failure) {
        if (failure instanceof BatchUpdateException && failure.getNextException() != null) {
            return failure.getNextException();
        }
        return failure;
    }

    private static String state(SQLException failure, SQLException specific) {
        return specific.getSQLState() != null ? specific.getSQLState() : failure.getSQLState();
    }

    private static String driverMessage(SQLException failure, SQLException specific) {
        String message = specific.getMessage() != null ? specific.getMessage() : failure.getMessage();
        return message == null ? failure.getClass().getName() : message.strip();
    }
}
