package io.junction.it.sqla.versioning;

import io.junction.engine.Engine;
import io.junction.it.sqla.versioning.model.Foo;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_versioning.py, class VersioningTest: test_basic,
 * test_multiple_updates and test_bump_version, on a Foo whose version_table.version_id is the
 * version counter; plus two sessions updating one row, where the second commit writes nothing and
 * the session works again after rollback. The {@code with_for_update} version checks
 * (test_versioncheck*) and the merge tests are not ported: Junction has no locking reads and
 * {@code merge} does not check versions.
 */
class VersioningTest extends StyledSuite {
    /** The UPDATE of a Foo's value; H2 quotes the column name {@code value}, a reserved word there. */
    static String update(Database database) {
        return "UPDATE version_table SET version_id=?, " + (database == Database.H2 ? "\"value\"" : "value")
                + "=? WHERE version_table.id = ? AND version_table.version_id = ?";
    }

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(Mapping.MAPPING.describe(Style.DECLARATIVE)).isEqualTo(Mapping.MAPPING.describe(Style.CLASSICAL));
        assertThat(Mapping.MAPPING.activate(Style.DECLARATIVE).mapper(Foo.class).versionId().key()).isEqualTo("versionId");
    }

    private List<String> fooRows(Engine engine) {
        return strings(rows(engine, select(table("version_table")).orderBy(table("version_table").c("id"))));
    }

    /** test_basic: a stale UPDATE, then a DELETE of two rows of which one is stale, both raise. */
    @ParameterizedTest
    @MethodSource("cases")
    void basic(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s1 = new Session(engine).expireOnCommit(false); Session s2 = new Session(engine)) {
            Foo f1 = new Foo("f1");
            Foo f2 = new Foo("f2");
            s1.add(f1);
            s1.add(f2);
            s1.commit();

            f1.value = "f1rev2";
            log.clear();
            s1.commit();
            assertThat(log.sql()).containsExactly(update(database));
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(2, "f1rev2", 1, 1));

            Foo f1s = s2.get(Foo.class, f1.id);
            f1s.value = "f1rev3";
            s2.commit();

            f1.value = "f1rev3mine";
            log.clear();
            assertThatThrownBy(s1::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("UPDATE of table 'version_table' matched no row for Foo(id=1) at version 2");
            assertThat(log.sql()).containsExactly(update(database));
            s1.rollback();

            f1 = s1.get(Foo.class, 1);
            f2 = s1.get(Foo.class, 2);
            assertThat(f1.versionId).isEqualTo(3);
            assertThat(f1.value).isEqualTo("f1rev3");

            f1s.value = "f1rev4";
            s2.commit();

            s1.delete(f1);
            s1.delete(f2);
            log.clear();
            Foo stale = f1;
            assertThatThrownBy(s1::commit).isInstanceOfSatisfying(StaleDataException.class, e -> {
                assertThat(e).hasMessageContaining("DELETE of table 'version_table' matched no row for Foo(id=1) "
                        + "at version 3 (1 of 2 row(s) matched)");
                assertThat(e.object()).isSameAs(stale);
                assertThat(e.expectedVersion()).isEqualTo(3);
            });
            assertThat(log.sql()).containsExactly("DELETE FROM version_table WHERE version_table.id = ? AND version_table.version_id = ?");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(1, 3), List.of(2, 1));
            s1.rollback();
        }
        assertThat(fooRows(engine)).containsExactly("1/4/f1rev4", "2/1/f2");
    }

    /** test_multiple_updates: two rows of the same shape go out as one batch, each bumped. */
    @ParameterizedTest
    @MethodSource("cases")
    void multipleUpdates(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s1 = new Session(engine).expireOnCommit(false)) {
            Foo f1 = new Foo("f1");
            Foo f2 = new Foo("f2");
            s1.add(f1);
            s1.add(f2);
            s1.commit();
            f1.value = "f1rev2";
            f2.value = "f2rev2";
            log.clear();
            s1.commit();
            assertThat(log.sql()).containsExactly(update(database));
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(2, "f1rev2", 1, 1), List.of(2, "f2rev2", 2, 1));
            assertThat(List.of(f1.versionId, f2.versionId)).containsExactly(2, 2);
        }
        assertThat(fooRows(engine)).containsExactly("1/2/f1rev2", "2/2/f2rev2");
    }

    /** test_bump_version: a version the application sets is written as set, checked against the last committed one. */
    @ParameterizedTest
    @MethodSource("cases")
    void bumpVersion(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s1 = new Session(engine).expireOnCommit(false)) {
            Foo f1 = new Foo("f1");
            s1.add(f1);
            s1.commit();
            assertThat(f1.versionId).isEqualTo(1);
            f1.versionId = 2;
            log.clear();
            s1.commit();
            assertThat(log.sql()).containsExactly("UPDATE version_table SET version_id=? "
                    + "WHERE version_table.id = ? AND version_table.version_id = ?");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(2, 1, 1));
            assertThat(f1.versionId).isEqualTo(2);

            f1.versionId = 4;
            f1.value = "something new";
            log.clear();
            s1.commit();
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(4, "something new", 1, 2));
            assertThat(f1.versionId).isEqualTo(4);

            f1.versionId = 5;
            s1.delete(f1);
            log.clear();
            s1.commit();
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(1, 4));
        }
        assertThat(fooRows(engine)).isEmpty();
    }

    /** Two sessions update one row: the second commit fails before writing anything, and the session works after rollback. */
    @ParameterizedTest
    @MethodSource("cases")
    void theSecondOfTwoSessionsFailsWritesNothingAndRecovers(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session setup = new Session(engine)) {
            setup.add(new Foo("a"));
            setup.add(new Foo("b"));
            setup.commit();
        }
        try (Session s1 = new Session(engine); Session s2 = new Session(engine)) {
            Foo a1 = s1.get(Foo.class, 1);
            Foo a2 = s2.get(Foo.class, 1);
            Foo b2 = s2.get(Foo.class, 2);
            a1.value = "a by s1";
            a2.value = "a by s2";
            s1.commit();

            b2.value = "b by s2";
            Foo added = new Foo("c by s2");
            s2.add(added);
            log.clear();
            assertThatThrownBy(s2::commit).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("Foo(id=1) at version 1");
            assertThat(log.verbs()).containsExactly("UPDATE version_table");
            assertThat(fooRows(engine)).containsExactly("1/2/a by s1", "2/1/b");
            assertThatThrownBy(() -> s2.get(Foo.class, 3)).isInstanceOf(PendingRollbackException.class);

            s2.rollback();
            assertThat(s2.contains(added)).isFalse();
            assertThat(a2.value).isEqualTo("a by s1");
            assertThat(a2.versionId).isEqualTo(2);
            a2.value = "a by s2, redone";
            b2.value = "b by s2";
            s2.add(added);
            s2.commit();
        }
        assertThat(fooRows(engine)).containsExactly("1/3/a by s2, redone", "2/2/b by s2", "3/1/c by s2");
    }
}
