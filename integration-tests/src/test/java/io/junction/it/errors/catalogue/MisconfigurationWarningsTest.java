package io.junction.it.errors.catalogue;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes of the catalogue that only the rows can reveal, or that are legal SQL: each is
 * reported where it shows — a warning through SLF4J (captured from slf4j-simple, which writes to
 * the standard error stream) naming the class and attribute or the tables, or the database's own
 * answer — and the mapping is otherwise used as written.
 */
class MisconfigurationWarningsTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table OWNERS = METADATA.table("w_owners",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table PETS = METADATA.table("w_pets",
            column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("w_owners.id"),
            column("name", string(30)));
    static final Table TOYS = METADATA.table("w_toys",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table OWNER_TOYS = METADATA.table("w_owner_toys",
            column("owner_id", INTEGER).foreignKey("w_owners.id"),
            column("toy_id", INTEGER).foreignKey("w_toys.id"));
    static final Table COUNTERS = METADATA.table("w_counters",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Owner {
        Integer id;
        String name;
        Pet favourite;
        Toy toy;
        List<Pet> pets = new ArrayList<>();
        List<Toy> toys = new ArrayList<>();
    }

    @Mapped
    static class Pet {
        Integer id;
        Integer ownerId;
        String name;
    }

    @Mapped
    static class Toy {
        Integer id;
        String name;
    }

    /** A primitive key: 0 means "not assigned yet", as Hibernate takes it. */
    @Mapped
    static class Counter {
        int id;
        String name;
    }

    static {
        REGISTRY.map(Owner.class, OWNERS,
                relationship("favourite", Pet.class).uselist(false).viewonly(true),
                relationship("pets", Pet.class),
                relationship("toy", Toy.class).secondary(OWNER_TOYS).uselist(false).viewonly(true),
                relationship("toys", Toy.class).secondary(OWNER_TOYS));
        REGISTRY.map(Pet.class, PETS);
        REGISTRY.map(Toy.class, TOYS);
        REGISTRY.map(Counter.class, COUNTERS);
        REGISTRY.configure();
    }

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setErr(originalErr);
    }

    private List<String> warnings() {
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("WARN")).toList();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aScalarOneToManyThatFindsTwoRowsWarnsNamingTheAttribute(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner();
            owner.name = "ann";
            Pet rex = new Pet();
            rex.name = "rex";
            Pet tom = new Pet();
            tom.name = "tom";
            owner.pets.addAll(List.of(rex, tom));
            session.add(owner);
            session.commit();
            session.expireAll();
            assertThat(owner.favourite).isIn(rex, tom);
        }
        assertThat(warnings()).anySatisfy(line -> assertThat(line)
                .contains("Multiple rows returned with uselist(false) for Owner.favourite", "2 Pet objects",
                        "drop uselist(false)"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aScalarManyToManyThatFindsTwoRowsWarnsNamingTheAttribute(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner();
            owner.name = "ann";
            Toy ball = new Toy();
            ball.name = "ball";
            Toy bone = new Toy();
            bone.name = "bone";
            owner.toys.addAll(List.of(ball, bone));
            session.add(owner);
            session.commit();
            session.expireAll();
            assertThat(owner.toy).isIn(ball, bone);
        }
        assertThat(warnings()).anySatisfy(line -> assertThat(line)
                .contains("Multiple rows returned with uselist(false) for Owner.toy", "2 Toy objects"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPrimitiveGeneratedKeyLeftAtZeroIsGeneratedByTheDatabase(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Counter first = new Counter();
            first.name = "first";
            Counter second = new Counter();
            second.name = "second";
            session.addAll(List.of(first, second));
            session.commit();
            assertThat(List.of(first.id, second.id)).containsExactlyInAnyOrder(1, 2);
        }
        assertThat(strings(rows(engine, select(COUNTERS.c("id"), COUNTERS.c("name")).orderBy(COUNTERS.c("id")))))
                .containsExactly("1/first", "2/second");
    }

    @Test
    void aFilterOnATableNotJoinedWarnsOfTheCartesianProduct() {
        Dialect dialect = Dialect.forUrl("jdbc:h2:mem:lint");
        dialect.compile(select(OWNERS.c("name")).where(PETS.c("name").eq("rex")));
        assertThat(warnings()).anySatisfy(line -> assertThat(line)
                .contains("cartesian product between FROM element(s) [\"w_pets\"] and FROM element \"w_owners\"",
                        "a.join(b, Sql.literal(true))"));
    }

    @Test
    void linkedFromsAndAnExplicitCrossJoinDoNotWarn() {
        Dialect dialect = Dialect.forUrl("jdbc:h2:mem:lint");
        dialect.compile(select(OWNERS.c("name")).where(PETS.c("owner_id").eq(OWNERS.c("id")).and(PETS.c("name").eq("rex"))));
        dialect.compile(select(OWNERS.c("name"), TOYS.c("name")).where(Sql.exists(select(OWNER_TOYS.c("toy_id"))
                .where(OWNER_TOYS.c("owner_id").eq(OWNERS.c("id")).and(OWNER_TOYS.c("toy_id").eq(TOYS.c("id")))))));
        dialect.compile(select(OWNERS.c("name"), TOYS.c("name")).from(OWNERS.join(TOYS, Sql.literal(true))));
        assertThat(warnings()).isEmpty();
    }
}
