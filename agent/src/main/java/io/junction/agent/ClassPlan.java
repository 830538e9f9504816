package io.junction.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * What enhancement adds to one class: whether it is a candidate (marker and
 * accessors), whether it gets the state field, and its mapped fields by name with
 * their descriptors. Every class seen gets its field accesses rewritten regardless.
 */
record ClassPlan(boolean candidate, boolean stateField, Map<String, String> mappedFields) {

    static final ClassPlan REWRITE_ONLY = new ClassPlan(false, false, Map.of());

    /**
     * The plan for a type.
     *
     * @throws IllegalStateException if a mapped field hides a mapped field of a candidate superclass
     */
    static ClassPlan of(TypeDescription type, Candidates candidates) {
        if (!candidates.isCandidate(type)) {
            return REWRITE_ONLY;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldDescription.InDefinedShape field : type.getDeclaredFields()) {
            if (Candidates.isMappedField(field)) {
                TypeDescription hidden = candidates.mappedFieldHiddenBy(type, field.getName());
                if (hidden != null) {
                    throw new IllegalStateException("Field " + type.getName() + "." + field.getName()
                            + " hides the mapped field " + hidden.getName() + "." + field.getName()
                            + "; rename one of them (a mapped class and its mapped superclass cannot share a field name)");
                }
                fields.put(field.getName(), field.getDescriptor());
            }
        }
        return new ClassPlan(true, candidates.needsStateField(type), Map.copyOf(fields));
    }

    boolean isMapped(String name, String descriptor) {
        return descriptor.equals(mappedFields.get(name));
    }
}
