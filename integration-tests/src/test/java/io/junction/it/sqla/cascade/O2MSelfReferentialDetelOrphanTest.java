package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class O2MSelfReferentialDetelOrphanTest: removing a node from
 * its parent's "all, delete-orphan" children deletes it and, by cascade, its own children.
 */
class O2MSelfReferentialDetelOrphanTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODE = METADATA.table("node",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("node.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        List<Node> children = new ArrayList<>();
        Node parent;
    }

    static {
        REGISTRY.map(Node.class, NODE, relationship("children", Node.class)
                .cascade("all, delete-orphan")
                .backref(backref("parent").remoteSide(NODE.c("id"))));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_self_referential_delete */
    @ParameterizedTest
    @EnumSource(Database.class)
    void selfReferentialDelete(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Node n1 = new Node();
            Node n2 = new Node();
            Node n3 = new Node();
            Node n4 = new Node();
            n1.children = new ArrayList<>(List.of(n2, n3));
            n3.children = new ArrayList<>(List.of(n4));
            session.addAll(List.of(n1, n2, n3, n4));
            session.commit();
            assertThat(session.query(Node.class).count()).isEqualTo(4);

            n1.children.remove(n3);
            session.commit();
            assertThat(session.query(Node.class).count()).isEqualTo(2);
            assertThat(n1.children).containsExactly(n2);
        }
        assertThat(strings(rows(engine, select(NODE.c("id"), NODE.c("parent_id")).orderBy(NODE.c("id")))))
                .containsExactly("1/null", "2/1");
    }
}
