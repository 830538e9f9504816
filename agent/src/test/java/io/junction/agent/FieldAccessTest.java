package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.agent.testmodel.Child;
import io.junction.agent.testmodel.Dog;
import io.junction.agent.testmodel.Labelled;
import io.junction.agent.testmodel.Outsider;
import io.junction.agent.testmodel.Parent;
import io.junction.agent.testmodel.Plain;
import io.junction.agent.testmodel.Puppy;
import io.junction.agent.testmodel.declarative.Node;
import io.junction.agent.testmodel.declarative.SubNode;
import io.junction.agent.testmodel.packaged.Gadget;
import io.junction.agent.testmodel.packaged.sub.Widget;
import io.junction.orm.attribute.Bridge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads and writes of mapped fields go through Bridge, wherever they are written.
 * This test class lies in the agent's own (ignored) package, so its own field
 * accesses are not rewritten: it sees the raw stored values.
 */
class FieldAccessTest {

    @BeforeEach
    @AfterEach
    void resetBridge() {
        Bridge.reset();
    }

    @Test
    void constructorWritesGoThroughBridgeAfterTheSuperCall() {
        Parent parent = new Parent("p");

        assertThat(calls(parent)).containsExactly(
                write("children", null, parent.children),
                write("tags", null, parent.tags),
                write("name", null, "p"));
        assertThat(parent.children).isInstanceOf(ArrayList.class);
    }

    @Test
    void readsAndWritesInsideTheClass() {
        Parent parent = new Parent("p");
        Bridge.reset();

        parent.rename("q");
        String name = parent.name();

        assertThat(name).isEqualTo("q");
        assertThat(calls(parent)).containsExactly(write("name", "p", "q"), read("name"));
    }

    @Test
    void readsAndWritesFromAnotherClass() {
        Parent parent = new Parent("p");
        Bridge.reset();

        Outsider.writeName(parent, "q");
        String name = Outsider.readName(parent);
        Outsider.incrementId(parent);

        assertThat(name).isEqualTo("q");
        assertThat(parent.id).isEqualTo(1);
        assertThat(calls(parent)).containsExactly(
                write("name", "p", "q"), read("name"), read("id"), write("id", 0, 1));
    }

    @Test
    void primitiveFieldsAreBoxedForBridgeAndUnboxedBack() {
        Parent parent = new Parent();
        Bridge.reset();

        Outsider.setPrimitives(parent, 7L, true, 2.5);
        double sum = Outsider.sumPrimitives(parent);
        long bumped = parent.bumpVersion();

        assertThat(sum).isEqualTo(0 + 7 + 1 + 2.5);
        assertThat(bumped).isEqualTo(8L);
        assertThat(calls(parent)).containsExactly(
                write("version", 0L, 7L), write("active", false, true), write("score", 0.0, 2.5),
                read("id"), read("version"), read("active"), read("score"),
                read("version"), write("version", 7L, 8L), read("version"));
    }

    @Test
    void theValueBridgeReturnsIsTheOneStored() {
        Parent parent = new Parent("p");
        Bridge.onWrite(value -> value instanceof String text ? text.toUpperCase()
                : value instanceof Integer number ? number * 10
                : value instanceof List<?> list ? Collections.unmodifiableList(list)
                : value);

        Outsider.writeName(parent, "quiet");
        Outsider.incrementId(parent);
        List<Child> given = new ArrayList<>();
        Outsider.replaceChildren(parent, given);

        assertThat(parent.name).isEqualTo("QUIET");
        assertThat(parent.id).isEqualTo(10);
        assertThat(parent.children).isNotSameAs(given).isEqualTo(given);
        assertThat(parent.children.getClass().getName()).contains("Unmodifiable");
    }

    @Test
    void listFieldsAreReadAndAssignedThroughBridge() {
        Parent parent = new Parent("p");
        List<Child> original = parent.children;
        Child child = new Child("c");
        Bridge.reset();

        Outsider.adopt(parent, child);
        List<Child> replacement = new ArrayList<>();
        Outsider.replaceChildren(parent, replacement);

        assertThat(original).containsExactly(child);
        assertThat(child.parent).isSameAs(parent);
        assertThat(parent.children).isSameAs(replacement);
        assertThat(calls(parent)).containsExactly(read("children"), write("children", original, replacement));
        assertThat(calls(child)).containsExactly(write("parent", null, parent));
    }

    @Test
    void lambdasReadAndWriteThroughBridge() {
        Parent parent = new Parent("p");
        Bridge.reset();

        parent.renameLater("later").run();
        String inside = parent.nameLater().get();
        String outside = Outsider.nameReader().apply(parent);

        assertThat(inside).isEqualTo("later");
        assertThat(outside).isEqualTo("later");
        assertThat(calls(parent)).containsExactly(write("name", "p", "later"), read("name"), read("name"));
    }

    @Test
    void innerAndNestedClassesReadAndWriteThroughBridge() {
        Parent parent = new Parent("p");
        Parent.Renamer renamer = parent.renamer();
        Bridge.reset();

        renamer.rename("inner");
        String read = renamer.read();
        renamer.setMotto("carpe diem");
        String motto = parent.motto();

        assertThat(read).isEqualTo("inner");
        assertThat(motto).isEqualTo("carpe diem");
        assertThat(calls(parent)).containsExactly(
                write("name", "p", "inner"), read("name"), write("motto", null, "carpe diem"), read("motto"));

        Parent.Secret secret = new Parent.Secret();
        Bridge.reset();
        assertThat(Parent.Secret.codeOf(secret)).isEqualTo("none");
        assertThat(calls(secret)).containsExactly(read("code"));
    }

    @Test
    void staticAndTransientFieldsBypassBridge() {
        Parent parent = new Parent();
        int before = Parent.instances;
        Bridge.reset();

        Outsider.touchUnmapped(parent);

        assertThat(Parent.instances).isEqualTo(before + 1);
        assertThat(parent.scratch).isEqualTo("scratch!");
        assertThat(Bridge.calls()).isEmpty();
    }

    @Test
    void plainClassFieldsBypassBridge() {
        Plain plain = new Plain();

        assertThat(Outsider.plainRoundTrip(plain)).isEqualTo("changed1");
        assertThat(Bridge.calls()).isEmpty();
    }

    @Test
    void inheritedMappedFieldsGoThroughBridgeWhateverTheStaticType() {
        Dog dog = new Dog("rex", "lab");
        assertThat(calls(dog)).containsExactly(write("name", null, "rex"), write("breed", null, "lab"));
        Bridge.reset();

        assertThat(Outsider.dogName(dog)).isEqualTo("rex/lab");
        assertThat(calls(dog)).containsExactly(read("name"), read("breed"));

        Puppy puppy = new Puppy("bo");
        Bridge.reset();
        assertThat(Outsider.puppyName(puppy)).isEqualTo("bo/pup");
        assertThat(calls(puppy)).containsExactly(read("name"));
    }

    @Test
    void readsBeforeTheSuperCallAreLeftAlone() {
        Parent parent = new Parent("mum");
        Bridge.reset();

        Labelled labelled = new Labelled(parent);

        assertThat(labelled.name).isEqualTo("mum's child");
        assertThat(calls(parent)).isEmpty();
        assertThat(calls(labelled)).containsExactly(write("name", null, "mum's child"));
    }

    @Test
    void declarativeSubclassesGoThroughBridge() {
        Node root = new Node("root");
        SubNode leaf = new SubNode("leaf", "x");
        Bridge.reset();

        root.append(leaf);

        assertThat(leaf.parent).isSameAs(root);
        assertThat(root.children).containsExactly(leaf);
        assertThat(calls(root)).containsExactly(read("children"));
        assertThat(calls(leaf)).containsExactly(write("parent", null, root));
    }

    @Test
    void classesOfNamedPackagesGoThroughBridge() {
        Gadget small = new Gadget("small", 1);
        Gadget large = new Gadget("large", 5);
        assertThat(calls(small)).containsExactly(write("label", null, "small"), write("size", 0, 1));
        Bridge.reset();

        assertThat(Gadget.bySize().compare(large, small)).isPositive();
        assertThat(calls(large)).containsExactly(read("size"));
        assertThat(calls(small)).containsExactly(read("size"));

        Widget widget = new Widget();
        assertThat(calls(widget)).containsExactly(write("color", null, "red"));
    }

    private static List<Tuple> calls(Object self) {
        return Bridge.callsOn(self).stream()
                .map(call -> tuple(call.kind(), call.field(), call.oldValue(), call.newValue()))
                .toList();
    }

    private static Tuple read(String field) {
        return tuple("read", field, null, null);
    }

    private static Tuple write(String field, Object oldValue, Object newValue) {
        return tuple("write", field, oldValue, newValue);
    }

}
