package io.junction.it.sqla.naturalpks;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_naturalpks.py, class SelfReferentialTest: renaming a node
 * whose name is referenced by its children's {@code parent} column (ON UPDATE CASCADE), with the
 * relationship on either side passive or not.
 */
class SelfReferentialTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table NODES = METADATA.table("nodes",
            column("name", string(50)).primaryKey(),
            column("parent", string(50)).foreignKey("nodes.name", ReferentialAction.CASCADE, null));

    /** test_one_to_many_on_m2o: children (passive), backref parentnode with passive updates off. */
    static final class OnM2o {
        @Mapped
        static class Node {
            String name;
            String parent;
            List<Node> children = new ArrayList<>();
            Node parentnode;

            Node() {
            }

            Node(String name) {
                this.name = name;
            }
        }
    }

    /** test_one_to_many_on_o2m: children with passive updates off, backref parentnode. */
    static final class OnO2m {
        @Mapped
        static class Node {
            String name;
            String parent;
            List<Node> children = new ArrayList<>();
            Node parentnode;

            Node() {
            }

            Node(String name) {
                this.name = name;
            }
        }
    }

    /** _test_many_to_one(True): parentnode alone. */
    static final class M2oPassive {
        @Mapped
        static class Node {
            String name;
            String parent;
            Node parentnode;

            Node() {
            }

            Node(String name, Node parentnode) {
                this.name = name;
                this.parentnode = parentnode;
            }
        }
    }

    /** _test_many_to_one(False). */
    static final class M2oNonPassive {
        @Mapped
        static class Node {
            String name;
            String parent;
            Node parentnode;

            Node() {
            }

            Node(String name, Node parentnode) {
                this.name = name;
                this.parentnode = parentnode;
            }
        }
    }

    static final List<Registry> REGISTRIES = new ArrayList<>();

    static {
        Registry onM2o = new Registry(METADATA);
        onM2o.map(OnM2o.Node.class, NODES, relationship("children", OnM2o.Node.class)
                .backref(backref("parentnode").remoteSide(NODES.c("name")).passiveUpdates(false)));
        REGISTRIES.add(onM2o);

        Registry onO2m = new Registry(METADATA);
        onO2m.map(OnO2m.Node.class, NODES, relationship("children", OnO2m.Node.class)
                .backref(backref("parentnode").remoteSide(NODES.c("name")))
                .passiveUpdates(false));
        REGISTRIES.add(onO2m);

        Registry m2oPassive = new Registry(METADATA);
        m2oPassive.map(M2oPassive.Node.class, NODES, relationship("parentnode", M2oPassive.Node.class)
                .remoteSide(NODES.c("name")).passiveUpdates(true));
        REGISTRIES.add(m2oPassive);

        Registry m2oNonPassive = new Registry(METADATA);
        m2oNonPassive.map(M2oNonPassive.Node.class, NODES, relationship("parentnode", M2oNonPassive.Node.class)
                .remoteSide(NODES.c("name")).passiveUpdates(false));
        REGISTRIES.add(m2oNonPassive);

        REGISTRIES.forEach(Registry::configure);
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> childParents(Engine engine) {
        return strings(rows(engine, select(NODES.c("parent")).where(NODES.c("name").in("n11", "n12", "n13"))
                .orderBy(NODES.c("name"))));
    }

    /** test_one_to_many_on_m2o */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyOnM2o(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            OnM2o.Node n1 = new OnM2o.Node("n1");
            session.add(n1);
            OnM2o.Node n2 = new OnM2o.Node("n11");
            n2.parentnode = n1;
            OnM2o.Node n3 = new OnM2o.Node("n12");
            n3.parentnode = n1;
            OnM2o.Node n4 = new OnM2o.Node("n13");
            n4.parentnode = n1;
            session.addAll(List.of(n2, n3, n4));
            session.commit();

            n1.name = "new n1";
            session.commit();
            assertThat(session.query(OnM2o.Node.class).filter(NODES.c("name").in("n11", "n12", "n13")).all())
                    .extracting(n -> n.parent).containsExactly("new n1", "new n1", "new n1");
        }
        assertThat(childParents(engine)).containsExactly("new n1", "new n1", "new n1");
    }

    /** test_one_to_many_on_o2m */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneToManyOnO2m(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            OnO2m.Node n1 = new OnO2m.Node("n1");
            n1.children.add(new OnO2m.Node("n11"));
            n1.children.add(new OnO2m.Node("n12"));
            n1.children.add(new OnO2m.Node("n13"));
            session.add(n1);
            session.commit();

            n1.name = "new n1";
            session.commit();
            assertThat(n1.children.get(1).parent).isEqualTo("new n1");
            assertThat(session.query(OnO2m.Node.class).filter(NODES.c("name").in("n11", "n12", "n13")).all())
                    .extracting(n -> n.parent).containsExactly("new n1", "new n1", "new n1");
        }
        assertThat(childParents(engine)).containsExactly("new n1", "new n1", "new n1");
    }

    /** test_many_to_one_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOnePassive(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oPassive.Node n1 = new M2oPassive.Node("n1", null);
            M2oPassive.Node n11 = new M2oPassive.Node("n11", n1);
            M2oPassive.Node n12 = new M2oPassive.Node("n12", n1);
            M2oPassive.Node n13 = new M2oPassive.Node("n13", n1);
            session.addAll(List.of(n1, n11, n12, n13));
            session.commit();

            n1.name = "new n1";
            session.commit();
            assertThat(session.query(M2oPassive.Node.class).filter(NODES.c("name").in("n11", "n12", "n13")).all())
                    .extracting(n -> n.parent).containsExactly("new n1", "new n1", "new n1");
        }
        assertThat(childParents(engine)).containsExactly("new n1", "new n1", "new n1");
    }

    /** test_many_to_one_nonpassive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void manyToOneNonPassive(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            M2oNonPassive.Node n1 = new M2oNonPassive.Node("n1", null);
            M2oNonPassive.Node n11 = new M2oNonPassive.Node("n11", n1);
            M2oNonPassive.Node n12 = new M2oNonPassive.Node("n12", n1);
            M2oNonPassive.Node n13 = new M2oNonPassive.Node("n13", n1);
            session.addAll(List.of(n1, n11, n12, n13));
            session.commit();

            n1.name = "new n1";
            session.commit();
            assertThat(session.query(M2oNonPassive.Node.class).filter(NODES.c("name").in("n11", "n12", "n13")).all())
                    .extracting(n -> n.parent).containsExactly("new n1", "new n1", "new n1");
        }
        assertThat(childParents(engine)).containsExactly("new n1", "new n1", "new n1");
    }
}
