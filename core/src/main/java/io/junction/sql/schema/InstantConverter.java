package io.junction.sql.schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An {@link Instant} in a TIMESTAMP WITH TIME ZONE column, bound at UTC. */
final class InstantConverter implements Converter<Instant, OffsetDateTime> {

    @Override
    public Class<Instant> javaType() {
        return Instant.class;
    }

    @Override
    public SqlType columnType() {
        return SqlType.TIMESTAMP_TZ;
    }

    @Override
    public OffsetDateTime toColumn(Instant value) {
        return value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant fromColumn(OffsetDateTime value) {
        return value.toInstant();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstantConverter;
    }

    @Override
    public int hashCode() {
        return InstantConverter.class.hashCode();
    }

    @Override
    public String toString() {
        return "Instant";
    }
}
