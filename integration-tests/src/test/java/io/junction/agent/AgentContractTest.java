package io.junction.agent;

import io.junction.declarative.DeclarativeBase;
import io.junction.it.contract.ContractModel;
import io.junction.it.contract.ContractProbe;
import io.junction.orm.attribute.ClassManager;
import io.junction.orm.attribute.Enhanced;
import io.junction.orm.attribute.InstanceState;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent names junction-core's contract by string ({@link BridgeContract}); this test reads
 * those strings and checks them against the real core by reflection, then checks that classes the
 * running agent enhanced carry what core looks for. It lives in the agent's package to read the
 * package-private constants, and in integration-tests because that module sees the agent, core
 * and declarative together and runs with the agent attached.
 */
class AgentContractTest {

    private static final ClassLoader LOADER = AgentContractTest.class.getClassLoader();

    @Test
    void bridgeMethodsExistWithTheDescriptorsTheGeneratedCodeCalls() throws Exception {
        Class<?> bridge = coreClass(BridgeContract.BRIDGE);
        assertThat(Modifier.isPublic(bridge.getModifiers())).as("%s is public", bridge).isTrue();

        assertStaticMethod(bridge, BridgeContract.BRIDGE_READ, BridgeContract.BRIDGE_READ_DESCRIPTOR);
        assertStaticMethod(bridge, BridgeContract.BRIDGE_WRITE, BridgeContract.BRIDGE_WRITE_DESCRIPTOR);
    }

    @Test
    void enhancedInterfaceDeclaresTheStateAccessors() throws Exception {
        Class<?> enhanced = coreClass(BridgeContract.ENHANCED);
        assertThat(enhanced).isSameAs(Enhanced.class);
        assertThat(enhanced.isInterface() && Modifier.isPublic(enhanced.getModifiers())).isTrue();

        Class<?> state = coreClass(BridgeContract.INSTANCE_STATE);
        assertThat(state).isSameAs(InstanceState.class);
        assertThat(BridgeContract.INSTANCE_STATE_DESCRIPTOR).isEqualTo(InstanceState.class.descriptorString());

        Method getter = method(enhanced, BridgeContract.STATE, BridgeContract.STATE_GETTER_DESCRIPTOR);
        Method setter = method(enhanced, BridgeContract.STATE, BridgeContract.STATE_SETTER_DESCRIPTOR);
        assertThat(Arrays.stream(enhanced.getDeclaredMethods()).filter(m -> !m.isSynthetic()))
                .as("Enhanced declares exactly the two methods the agent implements")
                .containsExactlyInAnyOrder(getter, setter);
    }

    @Test
    void mappedIsAClassAnnotationTheAgentCanSee() throws Exception {
        Class<?> mapped = Class.forName(BridgeContract.MAPPED, false, LOADER);
        assertThat(mapped.isAnnotation()).as("%s is an annotation", mapped).isTrue();
        assertThat(mapped.getAnnotation(Retention.class).value()).isNotEqualTo(RetentionPolicy.SOURCE);
        assertThat(mapped.getAnnotation(Target.class).value()).containsExactly(ElementType.TYPE);
    }

    @Test
    void declarativeBaseIsTheClassTheAgentNamesAndImplementsEnhanced() throws Exception {
        Class<?> base = Class.forName(BridgeContract.DECLARATIVE_BASE, false, LOADER);
        assertThat(base).isSameAs(DeclarativeBase.class);
        assertThat(Enhanced.class).isAssignableFrom(base);
        Field state = base.getDeclaredField(BridgeContract.STATE);
        assertThat(state.getType()).isSameAs(InstanceState.class);
        assertThat(Modifier.isTransient(state.getModifiers())).isTrue();
    }

    @Test
    void aMappedClassIsEnhancedAsCoreExpects() throws Exception {
        assertEnhanced(ContractProbe.class);
        Field state = ContractProbe.class.getDeclaredField(BridgeContract.STATE);
        assertThat(state.getType()).isSameAs(InstanceState.class);
        for (String field : List.of("id", "name", "count", "children")) {
            assertAccessors(ContractProbe.class, field);
        }
        Method fields = method(ContractProbe.class, BridgeContract.FIELDS, BridgeContract.FIELDS_DESCRIPTOR);
        assertThat(Modifier.isStatic(fields.getModifiers())).isTrue();
        assertThat((String[]) fields.invoke(null))
                .as("the mapped fields in declaration order: the indexes the accessors pass to Bridge")
                .containsExactly("id", "name", "count", "children");
    }

    @Test
    void aDeclarativeModelIsEnhancedAsCoreExpects() throws Exception {
        assertEnhanced(ContractModel.class);
        assertThat(Arrays.stream(ContractModel.class.getDeclaredFields()).map(Field::getName))
                .as("the state field stays on DeclarativeBase")
                .doesNotContain(BridgeContract.STATE);
        assertAccessors(ContractModel.class, "id");
    }

    private static void assertEnhanced(Class<?> type) throws Exception {
        Field marker = type.getDeclaredField(BridgeContract.MARKER);
        assertThat(marker.getType()).isSameAs(boolean.class);
        assertThat(marker.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL))
                .isEqualTo(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL);
        assertThat(marker.getBoolean(null)).isTrue();
        assertThat(Enhanced.class).isAssignableFrom(type);
        assertThat(ClassManager.isEnhanced(type)).as("core sees %s as enhanced", type).isTrue();
    }

    private static void assertAccessors(Class<?> type, String field) throws Exception {
        String descriptor = type.getDeclaredField(field).getType().descriptorString();
        method(type, BridgeContract.READ_PREFIX + field, BridgeContract.readerDescriptor(descriptor));
        method(type, BridgeContract.WRITE_PREFIX + field, BridgeContract.writerDescriptor(descriptor));
    }

    private static Class<?> coreClass(String internalName) throws ClassNotFoundException {
        return Class.forName(internalName.replace('/', '.'), false, LOADER);
    }

    private static void assertStaticMethod(Class<?> owner, String name, String descriptor) throws Exception {
        Method method = method(owner, name, descriptor);
        assertThat(method.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC))
                .as("%s is public static", method)
                .isEqualTo(Modifier.PUBLIC | Modifier.STATIC);
    }

    /** The method {@code name} of {@code owner} whose parameters and return type are exactly those of {@code descriptor}. */
    private static Method method(Class<?> owner, String name, String descriptor) throws Exception {
        MethodType type = MethodType.fromMethodDescriptorString(descriptor, LOADER);
        Method method = owner.getDeclaredMethod(name, type.parameterArray());
        assertThat(method.getReturnType()).as("return type of %s", method).isSameAs(type.returnType());
        return method;
    }
}
