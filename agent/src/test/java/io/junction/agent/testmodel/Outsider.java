package io.junction.agent.testmodel;

import java.util.List;
import java.util.function.Function;

/** A plain class that reads and writes the fields of mapped objects. */
public final class Outsider {

    private Outsider() {
    }

    public static String readName(Parent parent) {
        return parent.name;
    }

    public static void writeName(Parent parent, String name) {
        parent.name = name;
    }

    public static void incrementId(Parent parent) {
        parent.id++;
    }

    public static void setPrimitives(Parent parent, long version, boolean active, double score) {
        parent.version = version;
        parent.active = active;
        parent.score = score;
    }

    public static double sumPrimitives(Parent parent) {
        return parent.id + parent.version + (parent.active ? 1 : 0) + parent.score;
    }

    public static void adopt(Parent parent, Child child) {
        parent.children.add(child);
        child.parent = parent;
    }

    public static void replaceChildren(Parent parent, List<Child> children) {
        parent.children = children;
    }

    public static Function<Parent, String> nameReader() {
        return p -> p.name;
    }

    public static void touchUnmapped(Parent parent) {
        Parent.instances++;
        parent.scratch = "scratch";
        parent.scratch = parent.scratch + "!";
    }

    public static String dogName(Dog dog) {
        return dog.name + "/" + dog.breed;
    }

    public static String puppyName(Puppy puppy) {
        puppy.nickname = "pup";
        return puppy.name + "/" + puppy.nickname;
    }

    public static String plainRoundTrip(Plain plain) {
        plain.label = "changed";
        plain.count++;
        return plain.label + plain.count;
    }
}
