package io.junction.declarative;

import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;

/** An explicit column type for {@link Column#type()}; {@link #AUTO} derives it from the field's Java type. */
public enum ColumnType {
    AUTO, INTEGER, BIGINT, SMALLINT, REAL, DOUBLE, VARCHAR, TEXT, BOOLEAN, NUMERIC, DATE, TIME, TIMESTAMP,
    TIMESTAMP_TZ, UUID, BINARY, JSON, JSONB;

    /** The SQL type, with {@code length} for VARCHAR and {@code precision}/{@code scale} for NUMERIC. */
    SqlType sqlType(int length, int precision, int scale) {
        return switch (this) {
            case AUTO -> throw new IllegalStateException("AUTO has no SQL type of its own");
            case INTEGER -> Schema.INTEGER;
            case BIGINT -> Schema.BIGINT;
            case VARCHAR -> length > 0 ? Schema.string(length) : Schema.string();
            case TEXT -> Schema.TEXT;
            case BOOLEAN -> Schema.BOOLEAN;
            case NUMERIC -> Schema.numeric(precision > 0 ? precision : 19, Math.max(scale, 0));
            case DATE -> Schema.DATE;
            case TIMESTAMP -> Schema.TIMESTAMP;
            case UUID -> Schema.UUID;
            case SMALLINT -> Schema.SMALLINT;
            case REAL -> Schema.REAL;
            case DOUBLE -> Schema.DOUBLE;
            case TIME -> Schema.TIME;
            case TIMESTAMP_TZ -> Schema.TIMESTAMP_TZ;
            case BINARY -> Schema.BINARY;
            case JSON -> Schema.JSON;
            case JSONB -> Schema.JSONB;
        };
    }
}
