package io.junction.agent;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Rewrites, in one method, each {@code GETFIELD owner.f} of a mapped field into
 * {@code INVOKEVIRTUAL owner.$$junction_read_f()} and each {@code PUTFIELD} into
 * {@code INVOKEVIRTUAL owner.$$junction_write_f(T)}; both have the same stack effect
 * as the instruction they replace, so frames and maximums stay valid. In a
 * constructor nothing is rewritten before the {@code super(...)}/{@code this(...)}
 * call, found as the first {@code <init>} call not paired with a {@code NEW}. Each rewrite is
 * reported to a callback, so the caller knows whether the class changed.
 */
final class FieldAccessRewriter extends MethodVisitor {

    private final FieldAccessResolver resolver;
    private final Runnable rewritten;
    private boolean active;
    private int pendingNews;

    FieldAccessRewriter(MethodVisitor target, FieldAccessResolver resolver, boolean constructor, Runnable rewritten) {
        super(OpenedClassReader.ASM_API, target);
        this.resolver = resolver;
        this.rewritten = rewritten;
        this.active = !constructor;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        if (!active && opcode == Opcodes.NEW) {
            pendingNews++;
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (!active && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            if (pendingNews == 0) {
                active = true;
            } else {
                pendingNews--;
            }
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (active && opcode == Opcodes.GETFIELD && resolver.isMapped(owner, name, descriptor)) {
            rewritten.run();
            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, BridgeContract.READ_PREFIX + name,
                    BridgeContract.readerDescriptor(descriptor), false);
        } else if (active && opcode == Opcodes.PUTFIELD && resolver.isMapped(owner, name, descriptor)) {
            rewritten.run();
            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, BridgeContract.WRITE_PREFIX + name,
                    BridgeContract.writerDescriptor(descriptor), false);
        } else {
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }
}
