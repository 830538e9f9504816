package io.junction.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Carries out a {@link ClassPlan} on one class file: adds {@code Enhanced}, the state
 * field, the marker and the accessors, drops {@code final} from mapped fields (their
 * writer assigns them outside a constructor), and rewrites the field accesses of every
 * method present in the class file. The members it adds are emitted past the rewriter.
 * After the visit, {@link #changed()} tells whether the class file differs from its input.
 */
final class EnhancementVisitor extends ClassVisitor {

    private record MappedField(String name, String descriptor, String signature) {
    }

    private final ClassPlan plan;
    private final FieldAccessResolver resolver;
    private final List<MappedField> mappedFields = new ArrayList<>();
    private String owner;
    private int rewrites;

    EnhancementVisitor(ClassVisitor target, ClassPlan plan, FieldAccessResolver resolver) {
        super(OpenedClassReader.ASM_API, target);
        this.plan = plan;
        this.resolver = resolver;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        owner = name;
        if (plan.stateField()) {
            String[] all = interfaces == null ? new String[1] : Arrays.copyOf(interfaces, interfaces.length + 1);
            all[all.length - 1] = BridgeContract.ENHANCED;
            interfaces = all;
            if (signature != null) {
                signature = signature + "L" + BridgeContract.ENHANCED + ";";
            }
        }
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        if ((access & Opcodes.ACC_STATIC) == 0 && plan.isMapped(name, descriptor)) {
            mappedFields.add(new MappedField(name, descriptor, signature));
            access &= ~Opcodes.ACC_FINAL;
        }
        return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
        return method == null ? null : new FieldAccessRewriter(method, resolver, name.equals("<init>"), () -> rewrites++);
    }

    /** Whether the visit added members (a candidate) or rewrote a field access. */
    boolean changed() {
        return plan.candidate() || rewrites > 0;
    }

    @Override
    public void visitEnd() {
        if (plan.candidate()) {
            AccessorTemplates.marker(cv);
            if (plan.stateField()) {
                AccessorTemplates.state(cv, owner);
            }
            for (int index = 0; index < mappedFields.size(); index++) {
                MappedField field = mappedFields.get(index);
                AccessorTemplates.reader(cv, owner, field.name(), index, field.descriptor(), field.signature());
                AccessorTemplates.writer(cv, owner, field.name(), index, field.descriptor(), field.signature());
            }
            AccessorTemplates.fields(cv, mappedFields.stream().map(MappedField::name).toList());
        }
        super.visitEnd();
    }
}
