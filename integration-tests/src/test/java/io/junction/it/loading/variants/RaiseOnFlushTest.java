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

import java.util.Arrays;
import java.util.List;

import static io.junction.orm.loading.QueryOptions.raiseLoad;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flush and the delete cascade load a RAISE or RAISE_ON_SQL relationship that is not loaded
 * with a SELECT, as SQLAlchemy's unit of work does ({@code NO_RAISE}); a user's read still raises.
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py RaiseLoadIgnoredTest and
 * test/orm/test_cascade.py CasadeWithRaiseloadTest.test_delete_skips_lazy_raise, over {@code Head.tails}
 * (RAISE, default cascade), {@code Box.items} (RAISE_ON_SQL, {@code all, delete-orphan}) and
 * {@code User.addresses} under a {@code raiseLoad} option.
 */
class RaiseOnFlushTest extends StyledSuite {
    private static final String TAILS = "SELECT tails.id AS tails_id, tails.head_id AS tails_head_id FROM tails "
            + "WHERE tails.head_id = ? ORDER BY tails.id";

    @Override
    protected StyledMapping mapping() {
        return Variants.MAPPING;
    }

    private static void saveHead(Engine engine, int id, int... tails) {
        try (Session session = new Session(engine)) {
            Head head = new Head(id);
            for (int tail : tails) {
                head.tails.add(new Tail(tail));
            }
            session.add(head);
            session.commit();
        }
    }

    /** test_delete_head: the flush selects the tails to null their key, though reading them raises. */
    @ParameterizedTest
    @MethodSource("cases")
    void deletingTheHeadLoadsItsRaiseCollection(Style style, Database database) {
        Engine engine = fresh(style, database);
        saveHead(engine, 1, 1, 2);
        saveHead(engine, 2, 3);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Head head = session.get(Head.class, 1);
            Head other = session.get(Head.class, 2);
            assertThatThrownBy(() -> read(head.tails)).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Head.tails is not loaded, and its loader strategy is RAISE");
            session.delete(head);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(TAILS,
                    "UPDATE tails SET head_id=? WHERE tails.id = ?",
                    "DELETE FROM heads WHERE heads.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(1);
            assertThat(log.statements().get(1).rows()).containsExactly(Arrays.asList(null, 1),
                    Arrays.asList(null, 2));
            assertThat(log.statements().get(2).parameters()).containsExactly(1);
            log.clear();
            assertThatThrownBy(() -> read(other.tails)).as("a user's read still raises after the flush")
                    .isInstanceOf(RaiseLoadException.class);
            assertThat(log.count()).isZero();
            session.commit();
        }
        assertThat(strings(rows(engine, select(table("tails").c("id"), table("tails").c("head_id"))
                .orderBy(table("tails").c("id"))))).containsExactly("1/null", "2/null", "3/2");
    }

    /** test_delete_skips_lazy_raise: the delete cascade selects the items of a RAISE_ON_SQL collection to delete them. */
    @ParameterizedTest
    @MethodSource("cases")
    void theDeleteCascadeLoadsARaiseOnSqlCollection(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Box box = new Box(1);
            box.items.add(new Item(1, "e1"));
            box.items.add(new Item(2, "e2"));
            session.add(box);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Box box = session.get(Box.class, 1);
            assertThatThrownBy(() -> read(box.items)).isInstanceOf(RaiseLoadException.class)
                    .hasMessageContaining("Box.items is not loaded, and its loader strategy is RAISE_ON_SQL");
            log.clear();
            session.delete(box);
            assertThat(log.sql()).containsExactly("SELECT items.id AS items_id, items.box_id AS items_box_id, "
                    + "items.name AS items_name FROM items WHERE items.box_id = ? ORDER BY items.id");
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("DELETE FROM items WHERE items.id = ?", "DELETE FROM boxes WHERE boxes.id = ?");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(1), List.of(2));
        }
        assertThat(rows(engine, select(table("items").c("id")))).isEmpty();
        assertThat(rows(engine, select(table("boxes").c("id")))).isEmpty();
    }

    /** A {@code raiseLoad} option is bypassed the same way: the flush selects the addresses whose key it nulls. */
    @ParameterizedTest
    @MethodSource("cases")
    void aRaiseLoadOptionIsBypassedByTheFlush(Style style, Database database) {
        Engine engine = fresh(style, database);
        Fixture.usersAddressesOrders(engine, metadata());
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User ed = session.query(User.class).options(raiseLoad("addresses")).filterBy("id", 8).all().get(0);
            assertThatThrownBy(() -> read(ed.addresses)).isInstanceOf(RaiseLoadException.class);
            session.delete(ed);
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "SELECT " + Fixture.ADDRESS_COLUMNS + " FROM addresses WHERE addresses.user_id = ? ORDER BY addresses.id",
                    "SELECT " + Fixture.ORDER_COLUMNS + " FROM orders WHERE orders.user_id = ? ORDER BY orders.id",
                    "UPDATE addresses SET user_id=? WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(log.statements().get(2).rows()).hasSize(3);
        }
        assertThat(strings(rows(engine, select(table("addresses").c("id"), table("addresses").c("user_id"))
                .orderBy(table("addresses").c("id"))))).containsExactly("1/7", "2/null", "3/null", "4/null", "5/9");
    }

    /** A field read as a statement. */
    private static void read(Object value) {
    }
}
