package io.junction.orm.relationship;

import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.mapper.MappingException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * The {@code queryClass} of a DYNAMIC relationship, checked when the relationship is configured and
 * turned into a factory of new values (its no-argument constructor, resolved once).
 */
final class QueryClass {

    private QueryClass() {
    }

    /**
     * The factory of {@code queryClass} for {@code relationship}, whose field is declared as
     * {@code fieldType}; {@code null} without a query class, when the loader makes a plain {@code AppenderQuery}.
     */
    static Supplier<Object> factory(RelationshipProperty relationship, Class<?> queryClass, Class<?> fieldType) {
        if (queryClass == null) {
            if (fieldType.getSuperclass() != null
                    && DynamicCollection.class.isAssignableFrom(fieldType.getSuperclass())) {
                throw new MappingException(relationship + " is declared as " + fieldType.getSimpleName() + ", a subclass of "
                        + "AppenderQuery, but Junction would give the objects it loads a plain AppenderQuery; name it as "
                        + "the relationship's query class: queryClass(" + fieldType.getSimpleName() + ".class)");
            }
            return null;
        }
        String name = queryClass.getSimpleName();
        if (!DynamicCollection.class.isAssignableFrom(queryClass) || !Iterable.class.isAssignableFrom(queryClass)
                || queryClass.isInterface() || Modifier.isAbstract(queryClass.getModifiers())) {
            throw new MappingException(relationship + " names queryClass(" + name + ".class), which is not a concrete "
                    + "subclass of AppenderQuery; declare class " + name + "<T> extends io.junction.orm.loading.AppenderQuery<T>");
        }
        if (!fieldType.isAssignableFrom(queryClass)) {
            throw new MappingException(relationship + " names queryClass(" + name + ".class), but its field is declared as "
                    + fieldType.getSimpleName() + ", which cannot hold one; declare the field as " + name);
        }
        if (queryClass.getEnclosingClass() != null && !Modifier.isStatic(queryClass.getModifiers())) {
            throw new MappingException(relationship + " names queryClass(" + name + ".class), an inner class, which "
                    + "needs an enclosing instance to be made; declare it static");
        }
        Constructor<?> constructor;
        try {
            constructor = queryClass.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new MappingException(relationship + " names queryClass(" + name + ".class), which has no no-argument "
                    + "constructor for Junction to make the value of each object it loads; give " + name + " one");
        }
        MethodHandle handle;
        try {
            constructor.setAccessible(true);
            handle = MethodHandles.lookup().unreflectConstructor(constructor);
        } catch (RuntimeException | IllegalAccessException e) {
            throw new MappingException(relationship + " names queryClass(" + name + ".class), whose no-argument "
                    + "constructor Junction cannot call (" + e.getMessage() + "); make it public");
        }
        return () -> {
            try {
                return handle.invoke();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("the constructor of " + name + " (queryClass of " + relationship + ") failed", e);
            }
        };
    }
}
