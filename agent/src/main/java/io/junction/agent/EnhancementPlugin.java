package io.junction.agent;

import java.util.Collection;
import java.util.List;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.pool.TypePool;

/**
 * The whole enhancement as one Byte Buddy {@link Plugin}, used by {@link JunctionAgent}
 * at load time and usable as a build-time plugin. It applies to every class that is
 * neither ignored nor already enhanced: a candidate (a class carrying
 * {@code @io.junction.orm.mapper.Mapped}, extending
 * {@code io.junction.declarative.DeclarativeBase}, or in one of the given packages)
 * gets the {@code $$junction_enhanced} marker, a {@code $$junction_read_f} and a
 * {@code $$junction_write_f} per mapped field and, at the root of its hierarchy, the
 * {@code $$junction_state} field with the {@code io.junction.orm.attribute.Enhanced}
 * methods; in every class, reads and writes of mapped fields are rewritten into calls
 * of those accessors. Works on the original class file only (no members through
 * Byte Buddy's builder), so it fits the decorating type strategy.
 */
public final class EnhancementPlugin implements Plugin {

    private final Candidates candidates;

    /** A plugin that enhances {@code @Mapped} classes and {@code DeclarativeBase} subclasses. */
    public EnhancementPlugin() {
        this(List.of());
    }

    /** A plugin that also enhances the classes of the given packages and their subpackages. */
    public EnhancementPlugin(Collection<String> packages) {
        this.candidates = new Candidates(packages);
    }

    @Override
    public boolean matches(TypeDescription target) {
        return !candidates.isIgnored(target.getName()) && !Candidates.isEnhanced(target);
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription typeDescription,
            ClassFileLocator classFileLocator) {
        TypePool owners = TypePool.Default.of(
                new ClassFileLocator.Compound(classFileLocator, ClassFileLocator.ForClassLoader.ofBootLoader()));
        return apply(builder, typeDescription, new FieldAccessResolver.Decisions(), owners);
    }

    /**
     * Applies the plugin, reusing decisions about field owners made for the same class loader;
     * owners are described through {@code owners}, or through the pool of the run if null.
     */
    DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription typeDescription,
            FieldAccessResolver.Decisions decisions, TypePool owners) {
        if (!matches(typeDescription)) {
            return builder;
        }
        ClassPlan plan = ClassPlan.of(typeDescription, candidates);
        return builder.visit(new EnhancementWrapper(candidates, plan, decisions, owners));
    }

    Candidates candidates() {
        return candidates;
    }

    @Override
    public void close() {
    }
}
