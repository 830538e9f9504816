package io.junction.ormtest.keys;

import io.junction.orm.session.Session;
import io.junction.ormtest.keys.Model.Parent;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.ormtest.keys.Model.PARENT;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.sequence;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys from a sequence taken in blocks of its increment: one {@code nextval} per block, INSERTs batched without RETURNING. */
class SequenceKeyTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private List<Parent> add(Session session, int count, String prefix) {
        List<Parent> parents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Parent parent = new Parent(prefix + i);
            parents.add(parent);
            session.add(parent);
        }
        return parents;
    }

    @Test
    void sevenInsertsTakeThreeBlocksOfThreeAndOneBatch() {
        try (Session session = db.session()) {
            List<Parent> parents = add(session, 7, "p");
            session.commit();
            assertThat(log.sql()).containsExactly(
                    "SELECT NEXT VALUE FOR parent_seq AS anon_1",
                    "SELECT NEXT VALUE FOR parent_seq AS anon_1",
                    "SELECT NEXT VALUE FOR parent_seq AS anon_1",
                    "INSERT INTO parent (id, data) VALUES (?, ?)");
            assertThat(log.rows(3)).containsExactly(row(1, "p1"), row(2, "p2"), row(3, "p3"), row(4, "p4"), row(5, "p5"),
                    row(6, "p6"), row(7, "p7"));
            assertThat(parents).extracting(p -> p.id).containsExactly(1, 2, 3, 4, 5, 6, 7);
        }
        assertThat(db.rows(select(PARENT).orderBy(PARENT.c("id")))).containsExactly(
                "1/p1", "2/p2", "3/p3", "4/p4", "5/p5", "6/p6", "7/p7");
    }

    @Test
    void theRestOfABlockServesTheNextSessionWithoutANextval() {
        try (Session session = db.session()) {
            add(session, 4, "a");           // nextval 1 (1..3), nextval 4 (4..6): 5 and 6 are left
            session.commit();
        }
        log.clear();
        try (Session session = db.session()) {
            List<Parent> parents = add(session, 2, "b");
            session.commit();
            assertThat(log.kinds()).containsExactly("INSERT parent");
            assertThat(parents).extracting(p -> p.id).containsExactly(5, 6);
            log.clear();
            Parent third = add(session, 1, "c").get(0);
            session.commit();
            assertThat(log.sql()).containsExactly("SELECT NEXT VALUE FOR parent_seq AS anon_1", "INSERT INTO parent (id, data) VALUES (?, ?)");
            assertThat(third.id).isEqualTo(7);
        }
    }

    @Test
    void aKeySetBeforehandIsKeptAndTakesNoValue() {
        try (Session session = db.session()) {
            Parent given = new Parent("given");
            given.id = 100;
            session.add(given);
            session.commit();
            assertThat(log.sql()).containsExactly("INSERT INTO parent (id, data) VALUES (?, ?)");
            assertThat(given.id).isEqualTo(100);
        }
    }

    @Test
    void aRolledBackInsertForgetsItsSequenceKeyAndTheNextInsertTakesAFreshOne() {
        try (Session session = db.session()) {
            Parent parent = add(session, 1, "p").get(0);
            session.flush();
            assertThat(parent.id).isEqualTo(1);
            session.rollback();
            assertThat(parent.id).isNull();
            session.add(parent);
            session.commit();
            assertThat(parent.id).isEqualTo(2);
        }
        assertThat(db.rows(select(PARENT))).containsExactly("2/p1");
    }

    @Test
    void createAllCreatesTheSequenceWithItsIncrementAndDropAllDropsIt() {
        H2Dialect h2 = new H2Dialect();
        assertThat(h2.ddlCompiler().createStatements(Model.METADATA).get(0))
                .isEqualTo("CREATE SEQUENCE parent_seq START WITH 1 INCREMENT BY 3");
        assertThat(h2.ddlCompiler().createStatements(Model.METADATA, table -> false).get(0))
                .isEqualTo("CREATE SEQUENCE IF NOT EXISTS parent_seq START WITH 1 INCREMENT BY 3");
        assertThat(h2.ddlCompiler().dropStatements(Model.METADATA)).last().isEqualTo("DROP SEQUENCE IF EXISTS parent_seq");
        assertThat(h2.ddlCompiler().dropStatementsUnchecked(Model.METADATA)).last().isEqualTo("DROP SEQUENCE parent_seq");

        Model.METADATA.createAll(db.engine());     // check first: the sequence exists and goes on from where it was
        try (Session session = db.session()) {
            Parent parent = add(session, 1, "p").get(0);
            session.commit();
            assertThat(parent.id).isEqualTo(1);
        }
        Model.METADATA.dropAll(db.engine());
        assertThatThrownBy(() -> db.rows(select(PARENT))).hasMessageContaining("parent");
        Model.METADATA.dropAll(db.engine());       // check first: nothing to drop is no error
        Model.METADATA.createAll(db.engine(), false);
        assertThat(db.rows(select(PARENT))).isEmpty();
    }

    @Test
    void aSequenceOnANonIntegerColumnIsRefusedNamingTheColumnAndTheFix() {
        MetaData metadata = new MetaData();
        assertThatThrownBy(() -> metadata.table("bad", column("id", string(10)).primaryKey().sequence(sequence("bad_seq"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column bad.id")
                .hasMessageContaining("declare the column INTEGER or BIGINT and primaryKey()");
        assertThatThrownBy(() -> metadata.table("bad2", column("id", INTEGER).primaryKey(),
                column("n", INTEGER).sequence(sequence("n_seq"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column bad2.n");
    }
}
