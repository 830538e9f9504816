package io.junction.ormtest.attribute;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.mapper.Validation.validates;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Type checks against what listeners give: a validator may turn a value into an object of the
 * target class, which is then accepted; a listener that gives an object of another class, on a
 * change made directly or by the other side of a backref, is refused before the attribute changes.
 */
class TypecheckTest {
    static final MetaData METADATA = new MetaData();
    static final Table OWNER = METADATA.table("tc_owner", column("id", INTEGER).primaryKey(), column("name", string(30)));
    static final Table PET = METADATA.table("tc_pet", column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("tc_owner.id"), column("name", string(30)));
    static final Table KENNEL = METADATA.table("tc_kennel", column("id", INTEGER).primaryKey(), column("name", string(30)));
    static final Table DOG = METADATA.table("tc_dog", column("id", INTEGER).primaryKey(),
            column("kennel_id", INTEGER).foreignKey("tc_kennel.id"), column("name", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Owner {
        Integer id;
        String name;
        List<Pet> pets = new ArrayList<>();
    }

    @Mapped
    static class Pet {
        Integer id;
        Integer ownerId;
        String name;
        Owner owner;

        Pet() {
        }

        Pet(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Kennel {
        Integer id;
        String name;
        List<Dog> dogs = new ArrayList<>();

        Kennel(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Dog {
        Integer id;
        Integer kennelId;
        String name;
        Kennel kennel;

        Dog(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(Owner.class, OWNER, relationship("pets", Pet.class).backref("owner"),
                validates("pets", (Owner owner, String key, Object pet) -> pet instanceof String name ? new Pet(name) : pet));
        REGISTRY.map(Pet.class, PET);
        REGISTRY.map(Kennel.class, KENNEL, relationship("dogs", Dog.class).backref("kennel"));
        REGISTRY.map(Dog.class, DOG);
        REGISTRY.events()
                .append(Kennel.class, "dogs", (Kennel kennel, Object dog) -> "impostor".equals(kennel.name) ? "a cat" : dog)
                .set(Dog.class, "kennel", (Dog dog, Object kennel, Object old) -> "impostor".equals(dog.name) ? "a shed" : kennel);
        REGISTRY.configure();
    }

    private OrmDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(METADATA);
    }

    @SuppressWarnings("unchecked")
    private static void addUnchecked(List<?> collection, Object item) {
        ((List<Object>) collection).add(item);
    }

    @Test
    void aValidatorMayTurnTheGivenValueIntoATargetObject() {
        Owner owner = new Owner();
        addUnchecked(owner.pets, "rex");
        assertThat(owner.pets).extracting(p -> p.name).containsExactly("rex");
        assertThat(owner.pets.get(0).owner).isSameAs(owner);
        try (Session session = db.session()) {
            session.add(owner);
            session.commit();
        }
        assertThat(db.log().kinds()).containsExactly("INSERT tc_owner", "INSERT tc_pet");
        assertThat(db.rows(select(PET))).containsExactly("1/1/rex");
    }

    @Test
    void aBackrefAppendGivenAnotherClassByAListenerIsRefused() {
        Kennel kennel = new Kennel("impostor");
        Dog dog = new Dog("fido");
        assertThatThrownBy(() -> dog.kennel = kennel).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Kennel.dogs' does not accept objects of class String "
                        + "(java.lang.String): it holds Dog objects");
        assertThat(kennel.dogs).isEmpty();
    }

    @Test
    void aBackrefSetGivenAnotherClassByAListenerIsRefused() {
        Kennel kennel = new Kennel("home");
        Dog dog = new Dog("impostor");
        assertThatThrownBy(() -> kennel.dogs.add(dog)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Dog.kennel' does not accept objects of class String "
                        + "(java.lang.String): it holds Kennel objects");
        assertThatThrownBy(() -> dog.kennel = kennel).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Dog.kennel' does not accept objects of class String");
        assertThat(dog.kennel).isNull();
    }

    @Test
    void checkedObjectsOfTheTargetClassAreFlushedAsUsual() {
        Kennel kennel = new Kennel("home");
        Dog dog = new Dog("fido");
        dog.kennel = kennel;
        assertThat(kennel.dogs).containsExactly(dog);
        try (Session session = db.session()) {
            session.add(kennel);
            session.commit();
        }
        assertThat(db.log().kinds()).containsExactly("INSERT tc_kennel", "INSERT tc_dog");
        assertThat(db.rows(select(DOG))).containsExactly("1/1/fido");
    }
}
