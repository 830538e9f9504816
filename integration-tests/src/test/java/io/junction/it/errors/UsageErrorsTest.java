package io.junction.it.errors;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.loading.QueryOptions.joinedLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mistakes in using a correct mapping fail at once, with a message naming the class, the attribute and the fix, and lose nothing. */
class UsageErrorsTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table OWNERS = METADATA.table("owners",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table PETS = METADATA.table("pets",
            column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("owners.id"),
            column("name", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Owner {
        Integer id;
        String name;
        List<Pet> pets = new ArrayList<>();

        Owner() {
        }

        Owner(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Pet {
        Integer id;
        String name;
        Owner owner;

        Pet() {
        }

        Pet(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(Pet.class, PETS);
        REGISTRY.map(Owner.class, OWNERS, relationship("pets", Pet.class).backref("owner"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void settingACollectionToNullIsRefusedAndDetachesNobody(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner("ann");
            Pet rex = new Pet("rex");
            owner.pets.add(rex);
            session.add(owner);
            session.commit();

            assertThatThrownBy(() -> owner.pets = null)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Owner.pets")
                    .hasMessageContaining("pets.clear()");
            assertThat(owner.pets).containsExactly(rex);
            assertThat(rex.owner).isSameAs(owner);
            session.commit();
        }
        assertThat(strings(rows(engine, select(PETS.c("name"), PETS.c("owner_id"))))).containsExactly("rex/1");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLoaderOptionNamingNoRelationshipFailsWhenGiven(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.query(Owner.class).options(joinedLoad("petz")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'petz'")
                    .hasMessageContaining("Owner")
                    .hasMessageContaining("[pets]");
            assertThatThrownBy(() -> session.query(Owner.class).options(selectinLoad("pets", "name")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'name', which is not a relationship of Pet");
            assertThat(session.query(Owner.class).options(joinedLoad("pets", "owner")).all()).isEmpty();
        }
    }
}
