package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.AssocChild;
import io.junction.it.patterns.Models.AssocParent;
import io.junction.it.patterns.Models.Association;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's association object: a class mapped to the association table, one-to-many from the
 * left and many-to-one to the right, with backrefs; and the same table as the secondary of a
 * viewonly relationship, which never writes it.
 */
class AssociationObjectTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table LEFT = METADATA.table("left", column("id", INTEGER).primaryKey());
    static final Table RIGHT = METADATA.table("right", column("id", INTEGER).primaryKey());
    static final Table ASSOCIATION = METADATA.table("association",
            column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
            column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
            column("data", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(AssocParent.class, LEFT,
                relationship("children", Association.class).backref("parent"),
                relationship("viewChildren", AssocChild.class).secondary(ASSOCIATION).viewonly(true));
        REGISTRY.map(Association.class, ASSOCIATION, relationship("child", AssocChild.class).backref("parentAssocs"));
        REGISTRY.map(AssocChild.class, RIGHT);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSeedsWalkThroughAndNoDuplicateWritesThroughTheViewonlySecondary(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        Integer parentId;
        try (Session session = new Session(engine)) {
            // create parent, append a child via association
            AssocParent p = new AssocParent();
            Association a = new Association("some data");
            a.child = new AssocChild();
            p.children.add(a);
            assertThat(a.parent).isSameAs(p);
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            parentId = p.id;
        }
        try (Session session = new Session(engine)) {
            AssocParent p = session.get(AssocParent.class, parentId);
            // iterate through child objects via association, including association attributes
            for (Association assoc : p.children) {
                assertThat(assoc.data).isEqualTo("some data");
                assertThat(assoc.child.parentAssocs).containsExactly(assoc);
            }
            assertThat(p.viewChildren).containsExactly(p.children.get(0).child);

            AssocChild second = new AssocChild();
            Association b = new Association("more");
            b.child = second;
            p.children.add(b);
            log.clear();
            session.commit();
            assertThat(log.verbs()).as("one INSERT of the association row, none through the viewonly relationship")
                    .containsExactly("INSERT \"right\"", "INSERT association");
        }
        try (Session session = new Session(engine)) {
            AssocParent p = session.get(AssocParent.class, parentId);
            Association first = p.children.get(0);
            p.children.remove(first);
            session.delete(first);
            log.clear();
            session.commit();
            assertThat(log.verbs()).as("one DELETE, none through the viewonly relationship")
                    .containsExactly("DELETE association");
        }
        assertThat(strings(rows(engine, select(ASSOCIATION.c("data"))))).containsExactly("more");
    }
}
