package io.junction.agent;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Emits the boxing of a field value to {@code Object} and the way back to the field's type. */
final class Boxing {

    private Boxing() {
    }

    /** Boxes the value of {@code type} on top of the stack with {@code valueOf}; references stay. */
    static void box(MethodVisitor method, Type type) {
        String wrapper = wrapper(type);
        if (wrapper != null) {
            method.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                    "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
        }
    }

    /** Turns the {@code Object} on top of the stack into {@code type}: unboxes or casts. */
    static void unboxOrCast(MethodVisitor method, Type type) {
        String wrapper = wrapper(type);
        if (wrapper != null) {
            method.visitTypeInsn(Opcodes.CHECKCAST, wrapper);
            method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapper, type.getClassName() + "Value",
                    "()" + type.getDescriptor(), false);
        } else if (!type.getInternalName().equals("java/lang/Object")) {
            method.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
        }
    }

    private static String wrapper(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            case Type.DOUBLE: return "java/lang/Double";
            default: return null;
        }
    }
}
