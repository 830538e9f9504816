package io.junction.orm.attribute;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reads the mapped field names an enhanced class lists in its generated {@code $$junction_fields()}. */
final class EnhancedFields {
    private static final String METHOD = "$$junction_fields";

    private EnhancedFields() {
    }

    /** The mapped fields of {@code enhanced}, in the order of the indexes its accessors pass to {@link Bridge}. */
    static String[] of(Class<?> enhanced) {
        Method method;
        try {
            method = enhanced.getDeclaredMethod(METHOD);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(enhanced.getName() + " was enhanced by another version of Junction's agent or "
                    + "build plugin (it has no " + METHOD + "()); rebuild it with this version", e);
        }
        try {
            method.setAccessible(true);
            return (String[]) method.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("cannot read the mapped fields of " + enhanced.getName()
                    + "; if it is in a named module, open its package to io.junction.core", e);
        }
    }
}
