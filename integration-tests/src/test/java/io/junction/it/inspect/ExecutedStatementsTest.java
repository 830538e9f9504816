package io.junction.it.inspect;

import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.it.model.Family.Child;
import io.junction.it.model.Family.Parent;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.it.model.Family.METADATA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements a flush and a query emit, asserted as SQLAlchemy's {@code assert_sql_execution}
 * does (test/orm/test_unitofwork.py's CompiledSQL checks): text, parameters row by row, and row
 * counts, without parsing SQL. On PostgreSQL new rows go out as one multi-row
 * {@code INSERT ... VALUES ... RETURNING}; on H2 as one JDBC batch.
 */
class ExecutedStatementsTest extends DatabaseSuite {
    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFlushOfNewRowsReportsEachRowAndTheCount(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            p.children.add(new Child("c2"));
            p.children.add(new Child("c3"));
            session.add(p);
            log.clear();
            session.flush();

            List<ExecutedStatement> statements = log.statements();
            assertThat(log.verbs()).containsExactly("INSERT parents", "INSERT children");
            ExecutedStatement children = statements.get(1);
            assertThat(children.rowCount()).isEqualTo(3);
            assertThat(children.rows()).containsExactly(
                    List.of(p.id, "c1"), List.of(p.id, "c2"), List.of(p.id, "c3"));
            if (database == Database.POSTGRESQL) {
                assertThat(children.sql()).isEqualTo(
                        "INSERT INTO children (parent_id, name) VALUES (?, ?), (?, ?), (?, ?) RETURNING id");
                assertThat(children.multiRowValues()).isTrue();
                assertThat(children.batch()).isFalse();
                assertThat(children.valuesRows()).isEqualTo(children.rows());
            } else {
                assertThat(children.sql()).isEqualTo("INSERT INTO children (parent_id, name) VALUES (?, ?)");
                assertThat(children.multiRowValues()).isFalse();
                assertThat(children.batch()).isTrue();
                assertThat(children.rows()).isEqualTo(children.parameterSets());
            }
            assertThat(statements.get(0).rowCount()).isEqualTo(1);
            assertThat(statements.get(0).rows()).containsExactly(List.of("p1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void updatesDeletesAndQueriesReportTheirCounts(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            p.children.add(new Child("c2"));
            session.add(p);
            session.commit();

            log.clear();
            assertThat(session.query(Child.class).all()).hasSize(2);
            assertThat(log.statements()).singleElement().satisfies(s -> {
                assertThat(s.sql()).startsWith("SELECT");
                assertThat(s.rowCount()).as("rows returned").isEqualTo(2);
            });

            List<Child> children = new ArrayList<>(p.children);
            log.clear();
            for (Child child : children) {
                child.name = child.name + "!";
            }
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE children");
            assertThat(log.statements().get(0).rowCount()).isEqualTo(2);

            log.clear();
            session.delete(p);
            session.flush();
            assertThat(log.verbs()).containsExactly("DELETE children", "DELETE parents");
            assertThat(log.statements()).extracting(ExecutedStatement::rowCount).containsExactly(2, 1);
            session.commit();
        }
    }
}
