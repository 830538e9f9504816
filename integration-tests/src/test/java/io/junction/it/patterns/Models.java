package io.junction.it.patterns;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** Model classes of the pattern suites; each suite maps the ones it uses in its own registry. */
final class Models {

    private Models() {
    }

    /** One-to-one from the parent: the child table holds the key. */
    @Mapped
    static class Husband {
        Integer id;
        String name;
        Wife wife;

        Husband() {
        }

        Husband(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Wife {
        Integer id;
        Integer husbandId;
        String name;
        Husband husband;

        Wife() {
        }

        Wife(String name) {
            this.name = name;
        }
    }

    /** One-to-one from the side with the key: a many-to-one whose backref is a scalar. */
    @Mapped
    static class Car {
        Integer id;
        Integer engineId;
        Motor engine;
    }

    @Mapped
    static class Motor {
        Integer id;
        String serial;
        Car car;

        Motor() {
        }

        Motor(String serial) {
            this.serial = serial;
        }
    }

    /** Many-to-many through the seed's association table. */
    @Mapped
    static class Left {
        Integer id;
        String name;
        List<Right> children = new ArrayList<>();

        Left() {
        }

        Left(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Left(" + name + ")";
        }
    }

    @Mapped
    static class Right {
        Integer id;
        String name;
        List<Left> parents;

        Right() {
        }

        Right(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Right(" + name + ")";
        }
    }

    /** The association object pattern. */
    @Mapped
    static class AssocParent {
        Integer id;
        List<Association> children = new ArrayList<>();
        List<AssocChild> viewChildren;
    }

    @Mapped
    static class Association {
        Integer leftId;
        Integer rightId;
        String data;
        AssocParent parent;
        AssocChild child;

        Association() {
        }

        Association(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class AssocChild {
        Integer id;
        List<Association> parentAssocs;
    }

    /** The adjacency list. */
    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
        Node parent;

        Node() {
        }

        Node(String data) {
            this.data = data;
        }

        Node add(Node child) {
            children.add(child);
            return this;
        }

        @Override
        public String toString() {
            return data;
        }
    }
}
