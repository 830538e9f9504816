package io.junction.agent;

import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/** Applies the {@link EnhancementPlugin} at load time, keeping one decision cache per class loader. */
final class EnhancingTransformer implements AgentBuilder.Transformer {

    private final EnhancementPlugin plugin;
    private final Map<ClassLoader, FieldAccessResolver.Decisions> decisions =
            Collections.synchronizedMap(new WeakHashMap<>());

    EnhancingTransformer(EnhancementPlugin plugin) {
        this.plugin = plugin;
    }

    @Override
    public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription typeDescription,
            ClassLoader classLoader, JavaModule module, ProtectionDomain protectionDomain) {
        return plugin.apply(builder, typeDescription,
                decisions.computeIfAbsent(classLoader, loader -> new FieldAccessResolver.Decisions()), null);
    }
}
