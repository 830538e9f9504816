package io.junction.it.sqla.versioning;

import io.junction.engine.Engine;
import io.junction.it.sqla.versioning.model.DatedFoo;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_versioning.py, class ColumnTypeTest (test_update): a
 * versioned row keyed by a DATE; its BIGINT counter comes back as the field's {@code Long}.
 * SQLAlchemy's TypeDecorator on the key has no counterpart; the DATE is bound as it is.
 */
class ColumnTypeTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void update(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        LocalDate today = LocalDate.of(2026, 12, 7);
        try (Session s1 = new Session(engine).expireOnCommit(false)) {
            DatedFoo f1 = new DatedFoo(today, "f1");
            s1.add(f1);
            s1.commit();
            f1.value = "f1rev2";
            log.clear();
            s1.commit();
            assertThat(log.sql()).containsExactly("UPDATE dated_version_table SET version_id=?, "
                    + (database == Database.H2 ? "\"value\"" : "value")
                    + "=? WHERE dated_version_table.id = ? AND dated_version_table.version_id = ?");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(2L, "f1rev2", today, 1L));
            assertThat(f1.versionId).isEqualTo(2L);
        }
        assertThat(strings(rows(engine, select(table("dated_version_table"))))).containsExactly("2026-12-07/2/f1rev2");
    }
}
