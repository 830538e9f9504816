package io.junction.declarative;

import io.junction.orm.mapper.MapperSource;

/**
 * Configures a declarative base when the ORM first meets one of its model classes unmapped, so
 * that {@code session.get(Node.class, 1)} works as the first thing a process does. Registered in
 * {@code META-INF/services/io.junction.orm.mapper.MapperSource}.
 */
public final class DeclarativeMapperSource implements MapperSource {

    @Override
    public boolean map(Class<?> type) {
        if (type == null || !DeclarativeBase.class.isAssignableFrom(type) || type == DeclarativeBase.class
                || type.getSuperclass() == DeclarativeBase.class || type.getAnnotation(Table.class) == null) {
            return false;
        }
        DeclarativeRegistry.ensureMapped(type);
        return true;
    }
}
