package io.junction.orm.attribute;

/**
 * The only methods the agent's generated code calls: every read and write of a field of an
 * enhanced class comes here, naming the field by its declaring class and its index among that
 * class's mapped fields (the order of the generated {@code $$junction_fields()}). A read loads the
 * attribute if it is not loaded; a write records history and fires backref events, and returns the
 * value to store.
 */
public final class Bridge {

    private Bridge() {
    }

    /** Before {@code self.field} is read; {@code field} indexes {@code declaring}'s mapped fields. */
    public static void read(Object self, Class<?> declaring, int field) {
        InstanceState state = ((Enhanced) self).$$junction_state();
        if (state == null) {
            state = InstanceState.of(self);
            if (state == null) {
                return;
            }
        }
        if (state.hasUnloaded()) {
            AttributeImpl attribute = state.manager().attribute(declaring, field);
            if (attribute != null) {
                attribute.beforeRead(state);
            }
        }
    }

    /** Instead of {@code self.field = newValue}; returns what the field is to hold. */
    public static Object write(Object self, Class<?> declaring, int field, Object oldValue, Object newValue) {
        InstanceState state = InstanceState.of(self);
        if (state == null) {
            return newValue;
        }
        AttributeImpl attribute = state.manager().attribute(declaring, field);
        if (attribute == null) {
            return newValue;
        }
        return attribute.write(state, oldValue, newValue);
    }
}
