package io.junction.ormtest.attribute;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * Parents with a list of children (backref {@code parent}); baskets with a set of fruit (backref
 * {@code basket}, delete-orphan); students and courses, a many-to-many of sets; a person's one passport.
 */
final class Model {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table CHILD = METADATA.table("child",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("parent.id"),
            column("name", string(30)));
    static final Table BASKET = METADATA.table("basket",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table FRUIT = METADATA.table("fruit",
            column("id", INTEGER).primaryKey(),
            column("basket_id", INTEGER).foreignKey("basket.id"),
            column("name", string(30)));
    static final Table STUDENT = METADATA.table("student",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table COURSE = METADATA.table("course",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ENROLMENT = METADATA.table("enrolment",
            column("student_id", INTEGER).foreignKey("student.id"),
            column("course_id", INTEGER).foreignKey("course.id"));
    static final Table PERSON = METADATA.table("person",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table PASSPORT = METADATA.table("passport",
            column("id", INTEGER).primaryKey(),
            column("person_id", INTEGER).foreignKey("person.id"),
            column("number", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Parent.class, PARENT, relationship("children", Child.class).backref("parent"));
        REGISTRY.map(Child.class, CHILD);
        REGISTRY.map(Basket.class, BASKET,
                relationship("fruit", Fruit.class).cascade("all, delete-orphan").backref("basket"));
        REGISTRY.map(Fruit.class, FRUIT);
        REGISTRY.map(Student.class, STUDENT, relationship("courses", Course.class).secondary(ENROLMENT).backref("students"));
        REGISTRY.map(Course.class, COURSE);
        REGISTRY.map(Person.class, PERSON, relationship("passport", Passport.class).uselist(false).backref("person"));
        REGISTRY.map(Passport.class, PASSPORT);
        REGISTRY.configure();
    }

    private Model() {
    }

    @Mapped
    static class Parent {
        Integer id;
        String name;
        List<Child> children = new ArrayList<>();

        Parent() {
        }

        Parent(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Child {
        Integer id;
        Integer parentId;
        String name;
        Parent parent;

        Child() {
        }

        Child(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Basket {
        Integer id;
        String name;
        Set<Fruit> fruit = new HashSet<>();

        Basket() {
        }

        Basket(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Fruit {
        Integer id;
        Integer basketId;
        String name;
        Basket basket;

        Fruit() {
        }

        Fruit(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Student {
        Integer id;
        String name;
        Set<Course> courses = new HashSet<>();

        Student() {
        }

        Student(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Course {
        Integer id;
        String name;
        Set<Student> students = new HashSet<>();

        Course() {
        }

        Course(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Person {
        Integer id;
        String name;
        Passport passport;

        Person() {
        }

        Person(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Passport {
        Integer id;
        Integer personId;
        String number;
        Person person;

        Passport() {
        }

        Passport(String number) {
            this.number = number;
        }
    }
}
