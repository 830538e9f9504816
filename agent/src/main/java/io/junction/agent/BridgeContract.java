package io.junction.agent;

/**
 * The names through which enhanced code meets junction-core. The agent never links
 * against core: it only writes these names into the classes it enhances, so these
 * constants are the whole contract between the two modules.
 */
final class BridgeContract {

    /** Internal name of the interface every enhanced root class implements. */
    static final String ENHANCED = "io/junction/orm/attribute/Enhanced";
    /** Internal name of the per-object state type held by the state field. */
    static final String INSTANCE_STATE = "io/junction/orm/attribute/InstanceState";
    static final String INSTANCE_STATE_DESCRIPTOR = "L" + INSTANCE_STATE + ";";
    /** Internal name of the class whose static methods the generated accessors call. */
    static final String BRIDGE = "io/junction/orm/attribute/Bridge";
    static final String BRIDGE_READ = "read";
    /** {@code read(self, declaringClass, fieldIndex)}: the index is the field's position in {@link #FIELDS}. */
    static final String BRIDGE_READ_DESCRIPTOR = "(Ljava/lang/Object;Ljava/lang/Class;I)V";
    static final String BRIDGE_WRITE = "write";
    /** {@code write(self, declaringClass, fieldIndex, oldValue, newValue)}, returning the value to store. */
    static final String BRIDGE_WRITE_DESCRIPTOR =
            "(Ljava/lang/Object;Ljava/lang/Class;ILjava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;";

    /** Binary name of the class annotation that marks a class to enhance. */
    static final String MAPPED = "io.junction.orm.mapper.Mapped";
    /** Binary name of the declarative base class; all its subclasses are enhanced. */
    static final String DECLARATIVE_BASE = "io.junction.declarative.DeclarativeBase";

    /** Name of the added field, and of the getter and setter of {@link #ENHANCED}. */
    static final String STATE = "$$junction_state";
    static final String STATE_GETTER_DESCRIPTOR = "()" + INSTANCE_STATE_DESCRIPTOR;
    static final String STATE_SETTER_DESCRIPTOR = "(" + INSTANCE_STATE_DESCRIPTOR + ")V";
    /** Name of the {@code public static final boolean} marker of an enhanced class. */
    static final String MARKER = "$$junction_enhanced";
    /**
     * Name of the generated {@code public static String[] $$junction_fields()} of an enhanced
     * class: its mapped fields in the order of the indexes its accessors pass to the bridge.
     */
    static final String FIELDS = "$$junction_fields";
    static final String FIELDS_DESCRIPTOR = "()[Ljava/lang/String;";
    /** Prefix of the generated reader of field {@code f}: {@code $$junction_read_f()}. */
    static final String READ_PREFIX = "$$junction_read_";
    /** Prefix of the generated writer of field {@code f}: {@code $$junction_write_f(T)}. */
    static final String WRITE_PREFIX = "$$junction_write_";

    private BridgeContract() {
    }

    static String readerDescriptor(String fieldDescriptor) {
        return "()" + fieldDescriptor;
    }

    static String writerDescriptor(String fieldDescriptor) {
        return "(" + fieldDescriptor + ")V";
    }
}
