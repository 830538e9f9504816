package io.junction.agent;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

import java.util.List;

/**
 * The members enhancement adds, as fixed templates: they read or write the field
 * directly and call {@code Bridge}; none of them decides anything.
 */
final class AccessorTemplates {

    private static final int GENERATED_METHOD = Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC;

    private AccessorTemplates() {
    }

    /** {@code public static final synthetic boolean $$junction_enhanced = true}. */
    static void marker(ClassVisitor target) {
        FieldVisitor field = target.visitField(
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC,
                BridgeContract.MARKER, "Z", null, 1);
        if (field != null) {
            field.visitEnd();
        }
    }

    /** {@code private transient synthetic InstanceState $$junction_state} with its getter and setter. */
    static void state(ClassVisitor target, String owner) {
        FieldVisitor field = target.visitField(
                Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC,
                BridgeContract.STATE, BridgeContract.INSTANCE_STATE_DESCRIPTOR, null, null);
        if (field != null) {
            field.visitEnd();
        }

        MethodVisitor getter = target.visitMethod(GENERATED_METHOD, BridgeContract.STATE,
                BridgeContract.STATE_GETTER_DESCRIPTOR, null, null);
        if (getter != null) {
            getter.visitCode();
            getter.visitVarInsn(Opcodes.ALOAD, 0);
            getter.visitFieldInsn(Opcodes.GETFIELD, owner, BridgeContract.STATE, BridgeContract.INSTANCE_STATE_DESCRIPTOR);
            getter.visitInsn(Opcodes.ARETURN);
            getter.visitMaxs(1, 1);
            getter.visitEnd();
        }

        MethodVisitor setter = target.visitMethod(GENERATED_METHOD, BridgeContract.STATE,
                BridgeContract.STATE_SETTER_DESCRIPTOR, null, null);
        if (setter != null) {
            setter.visitCode();
            setter.visitVarInsn(Opcodes.ALOAD, 0);
            setter.visitVarInsn(Opcodes.ALOAD, 1);
            setter.visitFieldInsn(Opcodes.PUTFIELD, owner, BridgeContract.STATE, BridgeContract.INSTANCE_STATE_DESCRIPTOR);
            setter.visitInsn(Opcodes.RETURN);
            setter.visitMaxs(2, 2);
            setter.visitEnd();
        }
    }

    /** {@code public static synthetic String[] $$junction_fields() { return new String[] {"f", ...}; }}. */
    static void fields(ClassVisitor target, List<String> names) {
        MethodVisitor method = target.visitMethod(GENERATED_METHOD | Opcodes.ACC_STATIC, BridgeContract.FIELDS,
                BridgeContract.FIELDS_DESCRIPTOR, null, null);
        if (method == null) {
            return;
        }
        method.visitCode();
        method.visitLdcInsn(names.size());
        method.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
        for (int i = 0; i < names.size(); i++) {
            method.visitInsn(Opcodes.DUP);
            method.visitLdcInsn(i);
            method.visitLdcInsn(names.get(i));
            method.visitInsn(Opcodes.AASTORE);
        }
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(4, 0);
        method.visitEnd();
    }

    /** {@code public synthetic T $$junction_read_f() { Bridge.read(this, Owner.class, index); return this.f; }}. */
    static void reader(ClassVisitor target, String owner, String field, int index, String descriptor, String signature) {
        MethodVisitor method = target.visitMethod(GENERATED_METHOD, BridgeContract.READ_PREFIX + field,
                BridgeContract.readerDescriptor(descriptor), signature == null ? null : "()" + signature, null);
        if (method == null) {
            return;
        }
        Type type = Type.getType(descriptor);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitLdcInsn(Type.getObjectType(owner));
        method.visitLdcInsn(index);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, BridgeContract.BRIDGE, BridgeContract.BRIDGE_READ,
                BridgeContract.BRIDGE_READ_DESCRIPTOR, false);
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitFieldInsn(Opcodes.GETFIELD, owner, field, descriptor);
        method.visitInsn(type.getOpcode(Opcodes.IRETURN));
        method.visitMaxs(Math.max(3, type.getSize()), 1);
        method.visitEnd();
    }

    /**
     * {@code public synthetic void $$junction_write_f(T value) { this.f = (T) Bridge.write(this, Owner.class, index, box(this.f), box(value)); }}.
     */
    static void writer(ClassVisitor target, String owner, String field, int index, String descriptor, String signature) {
        MethodVisitor method = target.visitMethod(GENERATED_METHOD, BridgeContract.WRITE_PREFIX + field,
                BridgeContract.writerDescriptor(descriptor), signature == null ? null : "(" + signature + ")V", null);
        if (method == null) {
            return;
        }
        Type type = Type.getType(descriptor);
        method.visitCode();
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitLdcInsn(Type.getObjectType(owner));
        method.visitLdcInsn(index);
        method.visitVarInsn(Opcodes.ALOAD, 0);
        method.visitFieldInsn(Opcodes.GETFIELD, owner, field, descriptor);
        Boxing.box(method, type);
        method.visitVarInsn(type.getOpcode(Opcodes.ILOAD), 1);
        Boxing.box(method, type);
        method.visitMethodInsn(Opcodes.INVOKESTATIC, BridgeContract.BRIDGE, BridgeContract.BRIDGE_WRITE,
                BridgeContract.BRIDGE_WRITE_DESCRIPTOR, false);
        Boxing.unboxOrCast(method, type);
        method.visitFieldInsn(Opcodes.PUTFIELD, owner, field, descriptor);
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(8, 1 + type.getSize());
        method.visitEnd();
    }
}
