package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.agent.testmodel.Animal;
import io.junction.agent.testmodel.Child;
import io.junction.agent.testmodel.Dog;
import io.junction.agent.testmodel.Holder;
import io.junction.agent.testmodel.Parent;
import io.junction.agent.testmodel.Plain;
import io.junction.agent.testmodel.Puppy;
import io.junction.agent.testmodel.declarative.Base;
import io.junction.agent.testmodel.declarative.Node;
import io.junction.agent.testmodel.declarative.SubNode;
import io.junction.agent.testmodel.packaged.Gadget;
import io.junction.agent.testmodel.packaged.Kind;
import io.junction.agent.testmodel.packaged.Point;
import io.junction.agent.testmodel.packaged.Shape;
import io.junction.agent.testmodel.packaged.sub.Widget;
import io.junction.orm.attribute.Enhanced;
import io.junction.orm.attribute.InstanceState;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The members enhancement adds to a class, seen through reflection. */
class EnhancedMembersTest {

    @Test
    void mappedClassGetsStateFieldEnhancedAndMarker() throws Exception {
        assertThat(Enhanced.class).isAssignableFrom(Parent.class);

        Field state = Parent.class.getDeclaredField("$$junction_state");
        assertThat(state.getType()).isEqualTo(InstanceState.class);
        assertThat(Modifier.isPrivate(state.getModifiers())).isTrue();
        assertThat(Modifier.isTransient(state.getModifiers())).isTrue();

        assertMarker(Parent.class);
    }

    @Test
    void stateAccessorsReadAndWriteTheStateField() throws Exception {
        Parent parent = new Parent();
        InstanceState state = new InstanceState();
        Enhanced enhanced = (Enhanced) parent;
        assertThat(enhanced.$$junction_state()).isNull();
        enhanced.$$junction_state(state);
        assertThat(enhanced.$$junction_state()).isSameAs(state);

        Field field = Parent.class.getDeclaredField("$$junction_state");
        field.setAccessible(true);
        assertThat(field.get(parent)).isSameAs(state);

        Method getter = Parent.class.getDeclaredMethod("$$junction_state");
        assertThat(getter.isSynthetic()).isTrue();
        assertThat(Modifier.isPublic(getter.getModifiers())).isTrue();
    }

    @Test
    void mappedFieldsGetPublicSyntheticReaderAndWriter() throws Exception {
        assertAccessors(Parent.class, "id", int.class);
        assertAccessors(Parent.class, "name", String.class);
        assertAccessors(Parent.class, "version", long.class);
        assertAccessors(Parent.class, "active", boolean.class);
        assertAccessors(Parent.class, "score", double.class);
        assertAccessors(Parent.class, "children", List.class);
        assertAccessors(Parent.class, "tags", List.class);
        assertAccessors(Parent.class, "motto", String.class);

        Method reader = Parent.class.getDeclaredMethod("$$junction_read_children");
        assertThat(reader.getGenericReturnType()).isInstanceOf(ParameterizedType.class);
        assertThat(((ParameterizedType) reader.getGenericReturnType()).getActualTypeArguments())
                .containsExactly(Child.class);
    }

    @Test
    void finalMappedFieldLosesFinalSoItsWriterMayAssignIt() throws Exception {
        assertThat(Modifier.isFinal(Parent.class.getDeclaredField("tags").getModifiers())).isFalse();
    }

    @Test
    void staticTransientAndGeneratedFieldsGetNoAccessors() {
        List<String> methods = methodNames(Parent.class);
        assertThat(methods).doesNotContain("$$junction_read_instances", "$$junction_write_instances",
                "$$junction_read_scratch", "$$junction_write_scratch",
                "$$junction_read_$$junction_state", "$$junction_read_$$junction_enhanced");
        assertThat(methods.stream().filter(name -> name.startsWith("$$junction_read_")))
                .containsExactlyInAnyOrder("$$junction_read_id", "$$junction_read_name", "$$junction_read_version",
                        "$$junction_read_active", "$$junction_read_score", "$$junction_read_children",
                        "$$junction_read_tags", "$$junction_read_motto");
    }

    @Test
    void genericClassGetsEnhancedInItsGenericSignature() throws Exception {
        assertThat(Holder.class.getGenericInterfaces()).contains(Enhanced.class);
        assertThat(Holder.class.getInterfaces()).contains(Comparable.class, Enhanced.class);
        Method reader = Holder.class.getDeclaredMethod("$$junction_read_value");
        assertThat(reader.getReturnType()).isEqualTo(Object.class);
        assertThat(reader.getGenericReturnType()).isInstanceOf(TypeVariable.class);
    }

    @Test
    void mappedSubclassOfMappedClassHasNoSecondStateField() throws Exception {
        assertThat(Animal.class.getDeclaredField("$$junction_state")).isNotNull();
        assertThatThrownBy(() -> Dog.class.getDeclaredField("$$junction_state"))
                .isInstanceOf(NoSuchFieldException.class);
        assertThat(Dog.class.getInterfaces()).isEmpty();
        assertThat(Enhanced.class).isAssignableFrom(Dog.class);
        assertMarker(Dog.class);
        assertAccessors(Dog.class, "breed", String.class);
        assertThat(methodNames(Dog.class)).doesNotContain("$$junction_read_name");
    }

    @Test
    void unmappedSubclassOfMappedClassIsNotEnhanced() {
        assertThatThrownBy(() -> Puppy.class.getDeclaredField("$$junction_enhanced"))
                .isInstanceOf(NoSuchFieldException.class);
        assertThat(methodNames(Puppy.class)).noneMatch(name -> name.startsWith("$$junction"));
        assertThat(Puppy.class.getInterfaces()).as("Enhanced only as inherited from Animal").isEmpty();
    }

    @Test
    void declarativeSubclassesAreEnhancedAndUseTheBaseState() throws Exception {
        for (Class<?> type : List.of(Base.class, Node.class, SubNode.class)) {
            assertMarker(type);
            assertThatThrownBy(() -> type.getDeclaredField("$$junction_state"))
                    .isInstanceOf(NoSuchFieldException.class);
            assertThat(type.getInterfaces()).isEmpty();
            assertThat(Enhanced.class).isAssignableFrom(type);
        }
        assertAccessors(Node.class, "children", List.class);
        assertAccessors(Node.class, "parent", Node.class);
        assertAccessors(SubNode.class, "extra", String.class);
        assertThat(methodNames(SubNode.class)).doesNotContain("$$junction_read_data");
    }

    @Test
    void classesOfNamedPackageAndItsSubpackagesAreEnhanced() throws Exception {
        assertMarker(Gadget.class);
        assertThat(Enhanced.class).isAssignableFrom(Gadget.class);
        assertAccessors(Gadget.class, "size", int.class);
        assertMarker(Widget.class);
        assertAccessors(Widget.class, "color", String.class);
    }

    @Test
    void enumsRecordsInterfacesAndAnonymousClassesOfNamedPackageAreNotEnhanced() {
        assertNotEnhanced(Kind.class);
        assertNotEnhanced(Point.class);
        assertNotEnhanced(Shape.class);
        assertNotEnhanced(Gadget.bySize().getClass());
    }

    @Test
    void plainClassIsUntouched() {
        assertNotEnhanced(Plain.class);
        assertThat(methodNames(Plain.class)).noneMatch(name -> name.startsWith("$$junction"));
        assertThat(Arrays.stream(Plain.class.getDeclaredFields()).map(Field::getName))
                .containsExactlyInAnyOrder("label", "count");
    }

    private static void assertMarker(Class<?> type) throws Exception {
        Field marker = type.getDeclaredField("$$junction_enhanced");
        int modifiers = marker.getModifiers();
        assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers))
                .as("public static final").isTrue();
        assertThat(marker.isSynthetic()).isTrue();
        assertThat(marker.getType()).isEqualTo(boolean.class);
        assertThat(marker.getBoolean(null)).isTrue();
    }

    private static void assertNotEnhanced(Class<?> type) {
        assertThat(Enhanced.class.isAssignableFrom(type)).as(type + " is Enhanced").isFalse();
        assertThatThrownBy(() -> type.getDeclaredField("$$junction_enhanced"))
                .isInstanceOf(NoSuchFieldException.class);
    }

    private static void assertAccessors(Class<?> type, String field, Class<?> fieldType) throws Exception {
        Method reader = type.getDeclaredMethod("$$junction_read_" + field);
        Method writer = type.getDeclaredMethod("$$junction_write_" + field, fieldType);
        for (Method method : List.of(reader, writer)) {
            assertThat(Modifier.isPublic(method.getModifiers())).as(method + " public").isTrue();
            assertThat(Modifier.isStatic(method.getModifiers())).as(method + " static").isFalse();
            assertThat(method.isSynthetic()).as(method + " synthetic").isTrue();
        }
        assertThat(reader.getReturnType()).isEqualTo(fieldType);
        assertThat(writer.getReturnType()).isEqualTo(void.class);
    }

    private static List<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).map(Method::getName).toList();
    }
}
