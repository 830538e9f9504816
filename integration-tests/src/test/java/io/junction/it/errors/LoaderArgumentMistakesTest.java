package io.junction.it.errors;

import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mistakes with the loader arguments {@code lazy(WRITE_ONLY)} and {@code queryClass}: each refused
 * when the registry is configured, naming the relationship and the fix.
 */
class LoaderArgumentMistakesTest {
    private final MetaData metadata = new MetaData();
    private final Table keepers = metadata.table("keepers", column("id", INTEGER).primaryKey());
    private final Table animals = metadata.table("animals", column("id", INTEGER).primaryKey(),
            column("keeper_id", INTEGER).foreignKey("keepers.id"));
    private final Registry registry = new Registry(metadata);

    @Mapped
    static class Keeper {
        Integer id;
        List<Animal> animalList = new ArrayList<>();
        WriteOnlyCollection<Animal> animalsWriteOnly = new WriteOnlyCollection<>();
        AppenderQuery<Animal> animalQuery = new AppenderQuery<>();
        AnimalQuery animalsOfItsOwn = new AnimalQuery();
    }

    @Mapped
    static class Animal {
        Integer id;
        Integer keeperId;
        Keeper keeper;
    }

    /** A query class with a method of its own. */
    public static class AnimalQuery extends AppenderQuery<Animal> {
    }

    /** A query class Junction cannot make: its only constructor takes an argument. */
    public static class ArgumentQuery extends AppenderQuery<Animal> {
        public ArgumentQuery(String name) {
        }
    }

    @AfterEach
    void forget() {
        registry.dispose();
    }

    private void refused(String... fragments) {
        var thrown = assertThatThrownBy(registry::configure).isInstanceOf(RuntimeException.class);
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }

    @Test
    void aWriteOnlyRelationshipWhoseFieldIsAList() {
        registry.map(Keeper.class, keepers, relationship("animalList", Animal.class).lazy(Lazy.WRITE_ONLY));
        registry.map(Animal.class, animals);
        refused("Keeper.animalList is WRITE_ONLY", "WriteOnlyCollection<Animal> animalList = new WriteOnlyCollection<>()");
    }

    @Test
    void aWriteOnlyRelationshipWhoseFieldIsADynamicQuery() {
        registry.map(Keeper.class, keepers, relationship("animalQuery", Animal.class).lazy(Lazy.WRITE_ONLY));
        registry.map(Animal.class, animals);
        refused("Keeper.animalQuery is WRITE_ONLY", "not AppenderQuery");
    }

    @Test
    void aDynamicRelationshipWhoseFieldIsWriteOnly() {
        registry.map(Keeper.class, keepers, relationship("animalsWriteOnly", Animal.class).lazy(Lazy.DYNAMIC));
        registry.map(Animal.class, animals);
        refused("Keeper.animalsWriteOnly is DYNAMIC", "AppenderQuery<Animal> animalsWriteOnly", "not WriteOnlyCollection");
    }

    @Test
    void aWriteOnlyManyToOne() {
        registry.map(Keeper.class, keepers);
        registry.map(Animal.class, animals, relationship("keeper", Keeper.class).lazy(Lazy.WRITE_ONLY));
        refused("Animal.keeper is WRITE_ONLY, which only a collection can be", "many-to-one");
    }

    @Test
    void aQueryClassWithoutDynamic() {
        registry.map(Keeper.class, keepers, relationship("animalList", Animal.class).queryClass(AnimalQuery.class));
        registry.map(Animal.class, animals);
        refused("Keeper.animalList names queryClass(AnimalQuery.class)", "add lazy(Lazy.DYNAMIC)");
    }

    @Test
    void aQueryClassThatIsNoAppenderQuery() {
        registry.map(Keeper.class, keepers, relationship("animalQuery", Animal.class).lazy(Lazy.DYNAMIC)
                .queryClass(ArrayList.class));
        registry.map(Animal.class, animals);
        refused("Keeper.animalQuery names queryClass(ArrayList.class)", "not a concrete subclass of AppenderQuery");
    }

    @Test
    void aQueryClassWithoutANoArgumentConstructor() {
        registry.map(Keeper.class, keepers, relationship("animalQuery", Animal.class).lazy(Lazy.DYNAMIC)
                .queryClass(ArgumentQuery.class));
        registry.map(Animal.class, animals);
        refused("Keeper.animalQuery names queryClass(ArgumentQuery.class)", "no no-argument constructor");
    }

    @Test
    void aQueryClassTheFieldCannotHold() {
        registry.map(Keeper.class, keepers, relationship("animalsOfItsOwn", Animal.class).lazy(Lazy.DYNAMIC)
                .queryClass(ArgumentQuery.class));
        registry.map(Animal.class, animals);
        refused("Keeper.animalsOfItsOwn names queryClass(ArgumentQuery.class)", "declared as AnimalQuery");
    }

    @Test
    void aFieldOfAQueryClassWithoutQueryClass() {
        registry.map(Keeper.class, keepers, relationship("animalsOfItsOwn", Animal.class).lazy(Lazy.DYNAMIC));
        registry.map(Animal.class, animals);
        refused("Keeper.animalsOfItsOwn is declared as AnimalQuery", "queryClass(AnimalQuery.class)");
    }
}
