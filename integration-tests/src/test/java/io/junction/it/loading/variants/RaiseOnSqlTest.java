package io.junction.it.loading.variants;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.loading.RaiseLoadException;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.loading.QueryOptions.noLoad;
import static io.junction.orm.loading.QueryOptions.raiseOnSqlLoad;
import static io.junction.orm.loading.QueryOptions.selectinLoad;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Lazy.RAISE_ON_SQL} and {@code raiseOnSqlLoad}: reading an unloaded relationship throws
 * only where loading it would take SQL. Ported from SQLAlchemy test/orm/test_relationships.py,
 * class RaiseLoadTest (the {@code raise_on_sql} tests), and checked on {@code Account.entries}
 * and its backref, both configured RAISE_ON_SQL.
 */
class RaiseOnSqlTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    /** test_m2o_raise_on_sql_option */
    @ParameterizedTest
    @MethodSource("cases")
    void manyToOneRaiseOnSqlOption(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.usersAddressesOrders(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = session.query(Address.class).filterBy("id", 1).options(raiseOnSqlLoad("user")).all().get(0);
            log.clear();
            assertThatThrownBy(() -> read(a1.user)).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Address.user is not loaded, and its loader strategy is RAISE_ON_SQL");
            assertThat(log.count()).isZero();
        }
        try (Session session = new Session(engine)) {
            User u1 = session.query(User.class).options(noLoad("addresses")).filterBy("id", 7).all().get(0);
            Address a1 = session.query(Address.class).filterBy("id", 1).options(raiseOnSqlLoad("user")).all().get(0);
            log.clear();
            assertThat(a1.user).as("the session holds user 7: no SQL needed").isSameAs(u1);
            assertThat(log.count()).isZero();
        }
    }

    /** A many-to-one configured RAISE_ON_SQL: a held target reads, a missing one throws, a NULL key reads as null. */
    @ParameterizedTest
    @MethodSource("cases")
    void configuredManyToOneLoadsOnlyWithoutSql(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.accountsEntries(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Account cash = session.get(Account.class, 1);
            List<Entry> entries = session.query(Entry.class).orderBy(table("entries").c("id")).all();
            log.clear();
            assertThat(entries.get(0).account).isSameAs(cash);
            assertThat(entries.get(1).account).isSameAs(cash);
            assertThat(entries.get(3).account).as("a NULL foreign key").isNull();
            assertThatThrownBy(() -> read(entries.get(2).account)).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Entry.account is not loaded, and its loader strategy is RAISE_ON_SQL");
            assertThat(log.count()).as("no statement, not even the one that raised").isZero();

            session.get(Account.class, 2);
            log.clear();
            assertThat(entries.get(2).account.name).as("held now").isEqualTo("bank");
            assertThat(log.count()).isZero();
        }
    }

    /** A collection always needs a SELECT: it throws. */
    @ParameterizedTest
    @MethodSource("cases")
    void aCollectionThrows(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.accountsEntries(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Account cash = session.get(Account.class, 1);
            log.clear();
            assertThatThrownBy(() -> cash.entries.size()).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Account.entries is not loaded, and its loader strategy is RAISE_ON_SQL");
            assertThat(log.count()).isZero();
        }
    }

    /** A loader option that loads the relationship eagerly wins; the members' backref is set from it without SQL. */
    @ParameterizedTest
    @MethodSource("cases")
    void anEagerOptionLoadsIt(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.accountsEntries(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Account> accounts = session.query(Account.class).options(selectinLoad("entries"))
                    .orderBy(table("accounts").c("id")).all();
            assertThat(log.verbs()).containsExactly("SELECT accounts", "SELECT entries");
            log.clear();
            assertThat(accounts.get(0).entries).extracting(e -> e.memo).containsExactly("rent", "food");
            assertThat(accounts.get(0).entries.get(0).account).isSameAs(accounts.get(0));
            assertThat(accounts.get(1).entries).extracting(e -> e.memo).containsExactly("salary");
            assertThat(log.count()).isZero();
        }
    }

    /**
     * Writing the relationship reads nothing: assigning an entry's account, and appending to an
     * unloaded collection through the backref, take no SQL, and the flush writes the key.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void writingTakesNoSql(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.accountsEntries(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Account bank = session.get(Account.class, 2);
            Entry rent = session.get(Entry.class, 1);
            log.clear();
            rent.account = bank;
            assertThat(log.count()).isZero();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE entries");
            assertThat(log.statements().get(0).parameters()).containsExactly(2, 1);
        }
        assertThat(strings(rows(engine, select(table("entries").c("id"), table("entries").c("account_id"))
                .orderBy(table("entries").c("id"))))).containsExactly("1/2", "2/1", "3/2", "4/null");
    }

    /** A field read as a statement. */
    private static void read(Object value) {
    }
}
