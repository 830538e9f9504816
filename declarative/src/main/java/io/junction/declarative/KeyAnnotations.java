package io.junction.declarative;

import io.junction.orm.mapper.PropertySpec;
import io.junction.orm.mapper.UuidKeySpec;
import io.junction.orm.mapper.VersionSpec;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.ColumnSpec;
import io.junction.sql.schema.Schema;

import java.lang.reflect.Field;

/** {@code @Version}, {@code @UuidKey} and {@code @SequenceKey} → the column's sequence and the mapper's {@code versionId}/{@code uuidKey}. */
final class KeyAnnotations {
    private KeyAnnotations() {
    }

    /** Refuses a key or version annotation on a field that is not a {@code @Column}. */
    static void requireColumn(Field field) {
        for (Class<? extends java.lang.annotation.Annotation> type : java.util.List.of(Version.class, UuidKey.class, SequenceKey.class)) {
            if (field.getAnnotation(type) != null) {
                throw new DeclarativeException(Names.where(field) + " carries @" + type.getSimpleName() + " but no @Column; "
                        + "annotate it @Column too, such as '@Column @" + type.getSimpleName() + " ...'");
            }
        }
    }

    /** {@code spec} with the sequence {@code @SequenceKey} names, if the field carries it. */
    static ColumnSpec sequence(Field field, ColumnSpec spec) {
        SequenceKey key = field.getAnnotation(SequenceKey.class);
        if (key == null) {
            return spec;
        }
        return spec.sequence(Schema.sequence(key.value()).incrementBy(key.incrementBy()).startWith(key.startWith()));
    }

    /** The mapper option of a {@code @Version} or {@code @UuidKey} field, or {@code null} for a plain column. */
    static PropertySpec spec(Model model, String fieldName, Column column) {
        Field field = null;
        for (Field each : model.fields) {
            if (each.getName().equals(fieldName)) {
                field = each;
            }
        }
        if (field == null) {
            return null;
        }
        boolean version = field.getAnnotation(Version.class) != null;
        boolean uuid = field.getAnnotation(UuidKey.class) != null;
        if (version && uuid) {
            throw new DeclarativeException(Names.where(field) + " carries both @Version and @UuidKey; a version counter is "
                    + "not a key: keep one of them");
        }
        return version ? VersionSpec.versionId(fieldName, column) : uuid ? UuidKeySpec.uuidKey(fieldName, column) : null;
    }
}
