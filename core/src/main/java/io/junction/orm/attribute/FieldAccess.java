package io.junction.orm.attribute;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;

/** Reads and writes one field directly, bypassing the enhanced accessors, for the ORM's own use. */
public final class FieldAccess {
    private final Field field;
    private final VarHandle handle;

    public FieldAccess(Field field) {
        this.field = field;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            this.handle = lookup.unreflectVarHandle(field);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access field " + field + ": " + e.getMessage(), e);
        }
    }

    Object get(Object target) {
        return handle.get(target);
    }

    void set(Object target, Object value) {
        if (value == null && field.getType().isPrimitive()) {
            return;
        }
        handle.set(target, value);
    }
}
