package io.junction.orm.attribute;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test stand-in for core's Bridge: records every call, naming the field as the declaring class's
 * generated {@code $$junction_fields()} does for the index passed; a write stores what
 * {@link #onWrite} makes of the new value.
 */
public final class Bridge {

    /** One call of the bridge; {@code oldValue} and {@code newValue} are null for a read. */
    public record Call(String kind, Object self, String field, Object oldValue, Object newValue) {
    }

    private static final List<Call> CALLS = new ArrayList<>();
    private static UnaryOperator<Object> onWrite = UnaryOperator.identity();

    private Bridge() {
    }

    public static synchronized void read(Object self, Class<?> declaring, int field) {
        CALLS.add(new Call("read", self, fieldName(declaring, field), null, null));
    }

    public static synchronized Object write(Object self, Class<?> declaring, int field, Object oldValue, Object newValue) {
        CALLS.add(new Call("write", self, fieldName(declaring, field), oldValue, newValue));
        return onWrite.apply(newValue);
    }

    private static String fieldName(Class<?> declaring, int field) {
        try {
            Method fields = declaring.getDeclaredMethod("$$junction_fields");
            fields.setAccessible(true);
            return ((String[]) fields.invoke(null))[field];
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(declaring + " has no readable $$junction_fields()", e);
        }
    }

    /** The calls since the last {@link #reset()}. */
    public static synchronized List<Call> calls() {
        return List.copyOf(CALLS);
    }

    /** The calls on one object since the last {@link #reset()}. */
    public static synchronized List<Call> callsOn(Object self) {
        return CALLS.stream().filter(call -> call.self() == self).toList();
    }

    public static synchronized void onWrite(UnaryOperator<Object> transform) {
        onWrite = transform;
    }

    public static synchronized void reset() {
        CALLS.clear();
        onWrite = UnaryOperator.identity();
    }
}
