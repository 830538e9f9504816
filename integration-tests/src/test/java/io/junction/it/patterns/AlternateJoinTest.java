package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.Address;
import io.junction.it.patterns.Models.Keyword;
import io.junction.it.patterns.Models.User;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's alternate join conditions: {@code boston_addresses} and {@code newyork_addresses}
 * with extra criteria, a many-to-many with explicit primary and secondary joins, foreign keys
 * named for a table that declares none, and a viewonly relationship.
 */
class AlternateJoinTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("user_id", INTEGER).primaryKey(), column("name", string(50)));
    static final Table ADDRESSES = METADATA.table("addresses", column("address_id", INTEGER).primaryKey(),
            column("user_id", INTEGER),
            column("street", string(50)), column("city", string(50)));
    static final Table KEYWORDS = METADATA.table("keywords", column("keyword_id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Table USERKEYWORDS = METADATA.table("userkeywords",
            column("user_id", INTEGER).foreignKey("users.user_id"),
            column("keyword_id", INTEGER).foreignKey("keywords.keyword_id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class)
                        .primaryJoin(USERS.c("user_id").eq(ADDRESSES.c("user_id")))
                        .foreignKeys(ADDRESSES.c("user_id")).viewonly(true),
                relationship("bostonAddresses", Address.class)
                        .primaryJoin(and(USERS.c("user_id").eq(ADDRESSES.c("user_id")), ADDRESSES.c("city").eq("Boston")))
                        .foreignKeys(ADDRESSES.c("user_id")),
                relationship("newyorkAddresses", Address.class)
                        .primaryJoin(and(USERS.c("user_id").eq(ADDRESSES.c("user_id")), ADDRESSES.c("city").eq("New York")))
                        .foreignKeys(ADDRESSES.c("user_id")),
                relationship("keywords", Keyword.class).secondary(USERKEYWORDS)
                        .primaryJoin(USERS.c("user_id").eq(USERKEYWORDS.c("user_id")))
                        .secondaryJoin(USERKEYWORDS.c("keyword_id").eq(KEYWORDS.c("keyword_id"))));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static Integer saveEd(Engine engine) {
        try (Session session = new Session(engine)) {
            User ed = new User("ed");
            ed.bostonAddresses.add(new Address("1 Beacon St", "Boston"));
            ed.newyorkAddresses.add(new Address("5 Wall St", "New York"));
            ed.newyorkAddresses.add(new Address("9 Park Ave", "New York"));
            ed.keywords.add(new Keyword("blue"));
            session.add(ed);
            session.flush();
            Integer id = ed.userId;
            session.commit();
            return id;
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void extraCriteriaLoadOnlyTheirRowsAndViewonlyLoadsAll(Database database) {
        Engine engine = fresh(database);
        Integer id = saveEd(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, id);
            log.clear();
            assertThat(ed.bostonAddresses).extracting(a -> a.street).containsExactly("1 Beacon St");
            assertThat(log.sql()).containsExactly("SELECT addresses.address_id AS addresses_address_id, "
                    + "addresses.user_id AS addresses_user_id, addresses.street AS addresses_street, "
                    + "addresses.city AS addresses_city FROM addresses WHERE addresses.user_id = ? AND addresses.city = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(id, "Boston");
            assertThat(ed.newyorkAddresses).hasSize(2);
            assertThat(ed.addresses).hasSize(3);
            assertThat(ed.keywords).extracting(k -> k.name).containsExactly("blue");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void movingAnAddressBetweenTwoWritableRelationshipsKeepsItsForeignKey(Database database) {
        Engine engine = fresh(database);
        Integer id = saveEd(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, id);
            Address beacon = ed.bostonAddresses.get(0);
            ed.newyorkAddresses.add(beacon);
            ed.bostonAddresses.remove(beacon);
            beacon.city = "New York";
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("street"), ADDRESSES.c("user_id"), ADDRESSES.c("city"))
                .orderBy(ADDRESSES.c("address_id"))))).containsExactly(
                "1 Beacon St/" + id + "/New York", "5 Wall St/" + id + "/New York", "9 Park Ave/" + id + "/New York");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aViewonlyRelationshipIsNeverWritten(Database database) {
        Engine engine = fresh(database);
        Integer id = saveEd(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, id);
            ed.addresses.clear();
            log.clear();
            session.commit();
            assertThat(log.count()).isZero();
        }
        assertThat(rows(engine, select(ADDRESSES.c("user_id")).where(ADDRESSES.c("user_id").isNull()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQueryEnabledPropertyQueriesThroughWithParent(Database database) {
        Engine engine = fresh(database);
        Integer id = saveEd(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, id);
            log.clear();
            assertThat(ed.addressesIn("New York")).extracting(a -> a.street).containsExactlyInAnyOrder("5 Wall St", "9 Park Ave");
            assertThat(ed.addressesIn("New York")).extracting(a -> a.street).hasSize(2);
            assertThat(log.count()).as("a query each time it is read").isEqualTo(2);
            assertThat(log.sql().get(0)).endsWith("FROM addresses WHERE addresses.user_id = ? AND addresses.city = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(id, "New York");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aManyToManyWithExplicitJoinsWritesItsAssociationRows(Database database) {
        Engine engine = fresh(database);
        Integer id = saveEd(engine);
        try (Session session = new Session(engine)) {
            User ed = session.get(User.class, id);
            ed.keywords.add(new Keyword("green"));
            ed.keywords.remove(0);
            session.commit();
        }
        assertThat(strings(rows(engine, select(KEYWORDS.c("name"))
                .where(USERKEYWORDS.c("keyword_id").eq(KEYWORDS.c("keyword_id")))))).containsExactly("green");
    }
}
