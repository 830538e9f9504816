package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.Left;
import io.junction.it.patterns.Models.Right;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's many-to-many through the {@code association} table, with the {@code parents} backref. */
class ManyToManyTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table LEFT = METADATA.table("left", column("id", INTEGER).primaryKey(), column("name", string(20)));
    static final Table RIGHT = METADATA.table("right", column("id", INTEGER).primaryKey(), column("name", string(20)));
    static final Table ASSOCIATION = METADATA.table("association",
            column("left_id", INTEGER).foreignKey("left.id"),
            column("right_id", INTEGER).foreignKey("right.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Left.class, LEFT, relationship("children", Right.class).secondary(ASSOCIATION).backref("parents"));
        REGISTRY.map(Right.class, RIGHT);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @Test
    void bothCollectionsStayInStepInMemory() {
        Left a = new Left("a");
        Right x = new Right("x");
        a.children.add(x);
        assertThat(x.parents).containsExactly(a);
        x.parents.remove(a);
        assertThat(a.children).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void associationRowsAreWrittenAfterBothSidesOncePerLinkInOneBatch(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Left a = new Left("a");
            Left b = new Left("b");
            Right x = new Right("x");
            Right y = new Right("y");
            a.children.addAll(List.of(x, y));
            b.children.add(x);
            session.addAll(List.of(a, b));
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            assertThat(log.sql().get(2)).isEqualTo("INSERT INTO association (left_id, right_id) VALUES (?, ?)");
            assertThat(log.statements().get(2).parameterSets()).hasSize(3);
        }
        assertThat(strings(rows(engine, select(LEFT.c("name"), RIGHT.c("name"))
                .where(ASSOCIATION.c("left_id").eq(LEFT.c("id"))).where(ASSOCIATION.c("right_id").eq(RIGHT.c("id")))
                .orderBy(LEFT.c("name"), RIGHT.c("name"))))).containsExactly("a/x", "a/y", "b/x");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void removingDeletesTheRowAndDeletingEitherSideDeletesItsRowsFirst(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Left a = new Left("a");
            Left b = new Left("b");
            Right x = new Right("x");
            Right y = new Right("y");
            a.children.addAll(List.of(x, y));
            b.children.add(y);
            session.addAll(List.of(a, b));
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Left a = session.query(Left.class).filterBy("name", "a").one();
            Right x = a.children.stream().filter(r -> r.name.equals("x")).findFirst().orElseThrow();
            log.clear();
            a.children.remove(x);
            assertThat(x.parents).as("loaded after an autoflush of the removal").isEmpty();
            assertThat(log.verbs()).containsExactly("DELETE association", "SELECT \"left\"");
            assertThat(log.sql().get(0)).isEqualTo("DELETE FROM association WHERE association.left_id = ? "
                    + "AND association.right_id = ?");

            Right y = a.children.get(0);
            session.delete(y);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT \"left\"", "DELETE association", "DELETE \"right\"");
            assertThat(log.statements().get(1).parameterSets()).as("both links of y, one batch").hasSize(2);
        }
        assertThat(rows(engine, select(ASSOCIATION.c("left_id")))).isEmpty();
        assertThat(strings(rows(engine, select(RIGHT.c("name"))))).containsExactly("x");
    }
}
