package io.junction.sql.expression;

/** A statement's one slot for its compiled form, with the compiler that made it, replaced as a whole. */
record CompiledSlot(Object compiler, Object compiled) {

    static Object of(CompiledSlot slot, Object compiler) {
        return slot != null && slot.compiler == compiler ? slot.compiled : null;
    }
}
