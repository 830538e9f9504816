package io.junction.agent;

import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.pool.TypePool;

/**
 * Hooks an {@link EnhancementVisitor} into Byte Buddy's class writing. Field owners are
 * described through the given type pool or, if none, through the pool of the run
 * (the agent's pool for the class loader).
 */
final class EnhancementWrapper implements AsmVisitorWrapper {

    private final Candidates candidates;
    private final ClassPlan plan;
    private final FieldAccessResolver.Decisions decisions;
    private final TypePool ownerPool;

    EnhancementWrapper(Candidates candidates, ClassPlan plan, FieldAccessResolver.Decisions decisions,
            TypePool ownerPool) {
        this.candidates = candidates;
        this.plan = plan;
        this.decisions = decisions;
        this.ownerPool = ownerPool;
    }

    @Override
    public int mergeWriter(int flags) {
        return flags;
    }

    @Override
    public int mergeReader(int flags) {
        return flags;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
            Implementation.Context implementationContext, TypePool typePool,
            FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
            int writerFlags, int readerFlags) {
        return new EnhancementVisitor(classVisitor, plan, new FieldAccessResolver(candidates,
                ownerPool == null ? typePool : ownerPool, decisions));
    }
}
