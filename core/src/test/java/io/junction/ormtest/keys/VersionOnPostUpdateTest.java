package io.junction.ormtest.keys;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.mapper.VersionSpec.versionId;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_versioning.py, class VersionOnPostUpdateTest: a versioned
 * self-referential node whose {@code related} is a one-to-many or a many-to-one, plain or
 * post-update. The row whose foreign key the flush sets is bumped, the other is not; a row
 * inserted by the same flush is checked by its post-update without being bumped; a post-update of
 * a row changed behind the session fails. SQLAlchemy maps Node anew per test; here each of the
 * four mappings is a class of its own over four copies of the node table.
 */
class VersionOnPostUpdateTest {
    static final MetaData METADATA = new MetaData();
    static final Table[] NODES = new Table[4];
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        String[] names = {"o2m_node", "m2o_node", "o2m_post_node", "m2o_post_node"};
        for (int i = 0; i < 4; i++) {
            NODES[i] = METADATA.table(names[i], column("id", INTEGER).primaryKey().autoincrement(false),
                    column("version_id", INTEGER), column("parent_id", INTEGER).foreignKey(names[i] + ".id"));
        }
        REGISTRY.map(O2m.class, NODES[0], versionId(NODES[0].c("version_id")),
                relationship("related", O2m.class).remoteSide(NODES[0].c("parent_id")));
        REGISTRY.map(M2o.class, NODES[1], versionId(NODES[1].c("version_id")),
                relationship("related", M2o.class).remoteSide(NODES[1].c("id")));
        REGISTRY.map(O2mPost.class, NODES[2], versionId(NODES[2].c("version_id")),
                relationship("related", O2mPost.class).remoteSide(NODES[2].c("parent_id")).postUpdate(true));
        REGISTRY.map(M2oPost.class, NODES[3], versionId(NODES[3].c("version_id")),
                relationship("related", M2oPost.class).remoteSide(NODES[3].c("id")).postUpdate(true));
        REGISTRY.configure();
    }

    @Mapped
    static class O2m {
        Integer id;
        Integer versionId;
        Integer parentId;
        List<O2m> related = new ArrayList<>();

        O2m(int id) {
            this.id = id;
        }
    }

    @Mapped
    static class M2o {
        Integer id;
        Integer versionId;
        Integer parentId;
        M2o related;

        M2o(int id) {
            this.id = id;
        }
    }

    @Mapped
    static class O2mPost {
        Integer id;
        Integer versionId;
        Integer parentId;
        List<O2mPost> related = new ArrayList<>();

        O2mPost(int id) {
            this.id = id;
        }
    }

    @Mapped
    static class M2oPost {
        Integer id;
        Integer versionId;
        Integer parentId;
        M2oPost related;

        M2oPost(int id) {
            this.id = id;
        }
    }

    private OrmDatabase db;
    private SqlLog log;
    private Session s;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(METADATA);
        log = db.log();
        s = db.session().expireOnCommit(false);
    }

    private <T> void insert(T n1, T n2) {
        s.add(n1);
        s.add(n2);
        s.flush();
        log.clear();
    }

    @Test
    void o2mPlain() {
        O2m n1 = new O2m(1);
        O2m n2 = new O2m(2);
        insert(n1, n2);
        n1.related.add(n2);
        s.flush();
        assertThat(log.sql()).containsExactly(
                "UPDATE o2m_node SET version_id=?, parent_id=? WHERE o2m_node.id = ? AND o2m_node.version_id = ?");
        assertThat(log.rows(0)).containsExactly(row(2, 1, 2, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(1, 2);
    }

    @Test
    void m2oPlain() {
        M2o n1 = new M2o(1);
        M2o n2 = new M2o(2);
        insert(n1, n2);
        n1.related = n2;
        s.flush();
        assertThat(log.rows(0)).containsExactly(row(2, 2, 1, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(2, 1);
    }

    @Test
    void o2mPostUpdate() {
        O2mPost n1 = new O2mPost(1);
        O2mPost n2 = new O2mPost(2);
        insert(n1, n2);
        n1.related.add(n2);
        s.flush();
        assertThat(log.sql()).containsExactly("UPDATE o2m_post_node SET version_id=?, parent_id=? "
                + "WHERE o2m_post_node.id = ? AND o2m_post_node.version_id = ?");
        assertThat(log.rows(0)).containsExactly(row(2, 1, 2, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(1, 2);
    }

    @Test
    void m2oPostUpdate() {
        M2oPost n1 = new M2oPost(1);
        M2oPost n2 = new M2oPost(2);
        insert(n1, n2);
        n1.related = n2;
        s.flush();
        assertThat(log.rows(0)).containsExactly(row(2, 2, 1, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(2, 1);
    }

    @Test
    void o2mPostUpdateNotAssocWithInsert() {
        O2mPost n1 = new O2mPost(1);
        O2mPost n2 = new O2mPost(2);
        n1.related.add(n2);
        s.add(n1);
        s.add(n2);
        s.flush();
        assertThat(log.sql()).containsExactly("INSERT INTO o2m_post_node (id, version_id) VALUES (?, ?)",
                "UPDATE o2m_post_node SET parent_id=? WHERE o2m_post_node.id = ? AND o2m_post_node.version_id = ?");
        assertThat(log.rows(1)).containsExactly(row(1, 2, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(1, 1);
    }

    @Test
    void m2oPostUpdateNotAssocWithInsert() {
        M2oPost n1 = new M2oPost(1);
        M2oPost n2 = new M2oPost(2);
        n1.related = n2;
        s.add(n1);
        s.add(n2);
        s.flush();
        assertThat(log.rows(1)).containsExactly(row(2, 1, 1));
        assertThat(List.of(n1.versionId, n2.versionId)).containsExactly(1, 1);
    }

    @Test
    void o2mPostUpdateVersionAssert() {
        O2mPost n1 = new O2mPost(1);
        O2mPost n2 = new O2mPost(2);
        insert(n1, n2);
        s.commit();
        n1.related.add(n2);
        db.execute(update(NODES[2]).set(NODES[2].c("version_id"), 3).where(NODES[2].c("id").eq(2)));
        assertThatThrownBy(s::flush).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("UPDATE of table 'o2m_post_node' matched no row for O2mPost(id=2) at version 1");
    }

    @Test
    void m2oPostUpdateVersionAssert() {
        M2oPost n1 = new M2oPost(1);
        M2oPost n2 = new M2oPost(2);
        insert(n1, n2);
        s.commit();
        n1.related = n2;
        db.execute(update(NODES[3]).set(NODES[3].c("version_id"), 3).where(NODES[3].c("id").eq(1)));
        assertThatThrownBy(s::flush).isInstanceOf(StaleDataException.class)
                .hasMessageContaining("UPDATE of table 'm2o_post_node' matched no row for M2oPost(id=1) at version 1");
    }
}
