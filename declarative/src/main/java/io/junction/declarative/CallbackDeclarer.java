package io.junction.declarative;

import io.junction.engine.Connection;
import io.junction.orm.event.InstanceListener;
import io.junction.orm.event.MapperListener;
import io.junction.orm.mapper.PropertySpec;
import io.junction.orm.mapper.RegistryEvents;
import io.junction.orm.mapper.Validation;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code @Validates} methods → {@link Validation} specs for {@code registry.map}, and the lifecycle
 * methods ({@code @BeforeInsert}, ..., {@code @AfterLoad}, {@code @AfterRefresh}) → listeners on the
 * registry's {@link RegistryEvents}, registered once per class however often the base maps it again.
 */
final class CallbackDeclarer {
    private final Class<?> base;
    private final Set<Class<?>> registered = new HashSet<>();

    CallbackDeclarer(Class<?> base) {
        this.base = base;
    }

    /** The validators of {@code model}'s {@code @Validates} methods, one per attribute named. */
    List<PropertySpec> validators(Model model) {
        List<PropertySpec> specs = new ArrayList<>();
        for (Method method : methods(model.type)) {
            Validates validates = method.getAnnotation(Validates.class);
            if (validates == null) {
                continue;
            }
            int arity = validates.includeRemoves() ? 3 : 2;
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length != arity || parameters[0] != String.class || method.getReturnType() == void.class
                    || arity == 3 && parameters[2] != boolean.class) {
                throw new DeclarativeException("@Validates method " + name(method) + " must be an instance method "
                        + (arity == 3 ? "(String key, V value, boolean removing)" : "(String key, V value)")
                        + " that returns the value to store"
                        + (arity == 3 ? " (includeRemoves = true adds the boolean)" : ""));
            }
            MethodHandle handle = handle(method, arity);
            for (String attribute : validates.value()) {
                Validation validation = arity == 3
                        ? Validation.validatesWithRemoves(attribute,
                                (Object target, String key, Object value, boolean removing) -> call(handle, target, key, value, removing))
                        : Validation.validates(attribute, (Object target, String key, Object value) -> call(handle, target, key, value));
                specs.add(validation.includeBackrefs(validates.includeBackrefs()));
            }
        }
        return specs;
    }

    /** Registers {@code model}'s lifecycle methods on {@code events}, the first time the class is mapped. */
    void listeners(Model model, RegistryEvents events) {
        if (!registered.add(model.type)) {
            return;
        }
        Class<Object> type = cast(model.type);
        for (Method method : methods(model.type)) {
            flush(method, BeforeInsert.class, (MapperListener<Object> l) -> events.beforeInsert(type, l));
            flush(method, AfterInsert.class, (MapperListener<Object> l) -> events.afterInsert(type, l));
            flush(method, BeforeUpdate.class, (MapperListener<Object> l) -> events.beforeUpdate(type, l));
            flush(method, AfterUpdate.class, (MapperListener<Object> l) -> events.afterUpdate(type, l));
            flush(method, BeforeDelete.class, (MapperListener<Object> l) -> events.beforeDelete(type, l));
            flush(method, AfterDelete.class, (MapperListener<Object> l) -> events.afterDelete(type, l));
            instance(method, AfterLoad.class, l -> events.load(type, l));
            instance(method, AfterRefresh.class, l -> events.refresh(type, l));
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> type) {
        return (Class<Object>) type;
    }

    private interface Registration<L> {
        void register(L listener);
    }

    private void flush(Method method, Class<? extends Annotation> annotation, Registration<MapperListener<Object>> registration) {
        if (method.getAnnotation(annotation) == null) {
            return;
        }
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length > 1 || parameters.length == 1 && parameters[0] != Connection.class) {
            throw new DeclarativeException("@" + annotation.getSimpleName() + " method " + name(method)
                    + " must be an instance method with no parameters, or one Connection (the flush's)");
        }
        MethodHandle handle = handle(method, parameters.length);
        registration.register(parameters.length == 0 ? (target, connection) -> call(handle, target)
                : (target, connection) -> call(handle, target, connection));
    }

    private void instance(Method method, Class<? extends Annotation> annotation, Registration<InstanceListener<Object>> registration) {
        if (method.getAnnotation(annotation) == null) {
            return;
        }
        if (method.getParameterCount() != 0) {
            throw new DeclarativeException("@" + annotation.getSimpleName() + " method " + name(method)
                    + " must be an instance method with no parameters");
        }
        MethodHandle handle = handle(method, 0);
        registration.register(target -> call(handle, target));
    }

    /** The instance methods of {@code type} and its superclasses below the base, a subclass's override first and alone. */
    private List<Method> methods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != base && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                boolean annotated = method.getAnnotation(Validates.class) != null || isLifecycle(method);
                if (annotated && Modifier.isStatic(method.getModifiers())) {
                    throw new DeclarativeException("the annotated method " + name(method) + " is static; make it an "
                            + "instance method: it is called on the object");
                }
                if (annotated && seen.add(method.getName() + MethodType.methodType(void.class, method.getParameterTypes()))) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private static boolean isLifecycle(Method method) {
        for (Class<? extends Annotation> kind : List.of(BeforeInsert.class, AfterInsert.class, BeforeUpdate.class,
                AfterUpdate.class, BeforeDelete.class, AfterDelete.class, AfterLoad.class, AfterRefresh.class)) {
            if (method.getAnnotation(kind) != null) {
                return true;
            }
        }
        return false;
    }

    /** A handle on {@code method} taking the object and {@code arity} arguments, all as {@code Object}. */
    private static MethodHandle handle(Method method, int arity) {
        try {
            MethodHandle handle = MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup())
                    .unreflect(method);
            return handle.asType(MethodType.genericMethodType(arity + 1));
        } catch (IllegalAccessException e) {
            throw new DeclarativeException("cannot call " + name(method) + ": " + e.getMessage()
                    + "; open its package to io.junction.declarative", e);
        }
    }

    private static Object call(MethodHandle handle, Object... arguments) {
        try {
            return handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "a model method called by a listener threw " + e);
        }
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
