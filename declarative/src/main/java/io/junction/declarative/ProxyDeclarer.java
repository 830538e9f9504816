package io.junction.declarative;

import io.junction.orm.mapper.PropertySpec;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@code @AssociationProxy} fields → core's {@code associationProxy(...)} declarations, with their creators made once. */
final class ProxyDeclarer {

    private ProxyDeclarer() {
    }

    /** The association proxies of {@code model}'s annotated fields, in field order. */
    static List<PropertySpec> proxies(Model model) {
        List<PropertySpec> specs = new ArrayList<>();
        for (Field field : model.fields) {
            AssociationProxy annotation = field.getAnnotation(AssociationProxy.class);
            if (annotation == null) {
                continue;
            }
            if (field.getAnnotation(Relationship.class) != null || field.getAnnotation(Column.class) != null) {
                throw new DeclarativeException(Names.where(field) + " carries @AssociationProxy and @"
                        + (field.getAnnotation(Relationship.class) != null ? "Relationship" : "Column") + "; a proxy shows "
                        + "the relationship '" + annotation.target() + "' and is not mapped itself: drop the other annotation");
            }
            io.junction.orm.relationship.AssociationProxy proxy;
            try {
                proxy = io.junction.orm.relationship.AssociationProxy
                        .associationProxy(field.getName(), annotation.target(), annotation.attribute())
                        .cascadeScalarDeletes(annotation.cascadeScalarDeletes())
                        .createOnNoneAssignment(annotation.createOnNoneAssignment());
            } catch (IllegalArgumentException e) {
                throw new DeclarativeException(Names.where(field) + ": " + e.getMessage(), e);
            }
            if (annotation.creator() != Void.class) {
                Object creator = creator(field, annotation.creator());
                if (creator instanceof BiFunction<?, ?, ?> keyed) {
                    proxy = proxy.creator(keyed);
                } else {
                    proxy = proxy.creator((Function<?, ?>) creator);
                }
            }
            specs.add(proxy);
        }
        return specs;
    }

    private static Object creator(Field field, Class<?> type) {
        String where = Names.where(field);
        if (!Function.class.isAssignableFrom(type) && !BiFunction.class.isAssignableFrom(type)) {
            throw new DeclarativeException(where + ": @AssociationProxy(creator = " + type.getSimpleName() + ".class) names "
                    + "a class that is neither a Function (of the value) nor a BiFunction (of the key and the value, for a "
                    + "Map); implement one of them");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new DeclarativeException(where + ": @AssociationProxy(creator = " + type.getSimpleName() + ".class) names "
                    + "an interface or abstract class; name a class implementing Function with a no-argument constructor");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new DeclarativeException(where + ": the creator " + type.getName() + " has no no-argument constructor "
                    + "Junction can call; declare one (a static nested class, not an inner one)", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new DeclarativeException(where + ": the creator " + type.getName() + "'s constructor failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new DeclarativeException(where + ": cannot make the creator " + type.getName() + ": " + e, e);
        }
    }
}
