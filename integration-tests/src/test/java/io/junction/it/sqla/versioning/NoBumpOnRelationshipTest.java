package io.junction.it.sqla.versioning;

import io.junction.engine.Engine;
import io.junction.it.sqla.versioning.model.A;
import io.junction.it.sqla.versioning.model.B;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_versioning.py, class NoBumpOnRelationshipTest
 * (test_plain_counter, test_no_counter as a version the application gives): a B attached to a
 * versioned A by the backref changes b's row only, so A's version stays 1. SQLAlchemy's
 * {@code version_id_generator} (test_functional_counter) has no counterpart: the counter adds one.
 */
class NoBumpOnRelationshipTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    private void run(Style style, Database database, Integer givenVersion) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            A a1 = new A();
            a1.versionId = givenVersion;
            s.add(a1);
            log.clear();
            s.commit();
            assertThat(log.statements().get(0).rows().get(0)).containsExactly(1);
            assertThat(a1.versionId).isEqualTo(1);

            B b1 = new B();
            b1.a = a1;
            s.add(b1);
            log.clear();
            s.commit();
            assertThat(log.verbs()).containsExactly("INSERT b");
            assertThat(a1.versionId).isEqualTo(1);
        }
        assertThat(strings(rows(engine, select(table("a"))))).containsExactly("1/1");
        assertThat(strings(rows(engine, select(table("b"))))).containsExactly("1/1");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void plainCounter(Style style, Database database) {
        run(style, database, null);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void givenVersion(Style style, Database database) {
        run(style, database, 1);
    }
}
