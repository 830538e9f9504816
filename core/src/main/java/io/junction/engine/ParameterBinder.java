package io.junction.engine;

import io.junction.sql.dialect.Dialect;
import io.junction.sql.dialect.PostgresDialect;
import io.junction.sql.expression.ValueType;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Binds values to a {@link PreparedStatement}: a value with {@code setObject}, a NULL with
 * {@code setNull} and the JDBC type of its parameter ({@link Types#NULL} when unknown).
 *
 * <p>On PostgreSQL a string bound where the parameter's type is not a string is sent untyped, so
 * the server converts it as it would a literal ({@code '42'} into an INTEGER, a UUID's text into a
 * UUID) and rejects bad text as a data error, as H2 does, instead of refusing a VARCHAR parameter.
 */
final class ParameterBinder {
    private final boolean untypedStrings;

    private ParameterBinder(boolean untypedStrings) {
        this.untypedStrings = untypedStrings;
    }

    static ParameterBinder forDialect(Dialect dialect) {
        return new ParameterBinder(dialect instanceof PostgresDialect);
    }

    void bind(PreparedStatement statement, List<Object> values, List<ValueType> types) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            ValueType type = i < types.size() ? types.get(i) : null;
            if (value == null) {
                statement.setNull(i + 1, type == null ? Types.NULL : type.jdbcType());
            } else if (untypedStrings && value instanceof String && type != null && type.javaType() != String.class) {
                statement.setObject(i + 1, value, Types.OTHER);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
