package io.junction.orm.attribute;

/**
 * The only methods the agent's generated code calls: every read and write of a field of an
 * enhanced class comes here. A read loads the attribute if it is not loaded; a write records
 * history and fires backref events, and returns the value to store.
 */
public final class Bridge {

    private Bridge() {
    }

    /** Before {@code self.field} is read. */
    public static void read(Object self, String field) {
        InstanceState state = ((Enhanced) self).$$junction_state();
        if (state == null) {
            state = InstanceState.of(self);
            if (state == null) {
                return;
            }
        }
        if (state.hasUnloaded()) {
            AttributeImpl attribute = state.manager().attribute(field);
            if (attribute != null) {
                attribute.beforeRead(state);
            }
        }
    }

    /** Instead of {@code self.field = newValue}; returns what the field is to hold. */
    public static Object write(Object self, String field, Object oldValue, Object newValue) {
        InstanceState state = InstanceState.of(self);
        if (state == null) {
            return newValue;
        }
        AttributeImpl attribute = state.manager().attribute(field);
        if (attribute == null) {
            return newValue;
        }
        return attribute.write(state, oldValue, newValue);
    }
}
