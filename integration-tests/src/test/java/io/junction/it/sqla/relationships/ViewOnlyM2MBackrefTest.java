package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.inspect.Junction;
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
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class ViewOnlyM2MBackrefTest: a viewonly
 * backref of a many-to-many keeps no history and neither cascades nor writes the association row.
 */
class ViewOnlyM2MBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table T1 = METADATA.table("t1", column("id", INTEGER).primaryKey(), column("data", string(40)));
    static final Table T2 = METADATA.table("t2", column("id", INTEGER).primaryKey(), column("data", string(40)));
    static final Table T1T2 = METADATA.table("t1t2",
            column("t1id", INTEGER).foreignKey("t1.id").primaryKey(),
            column("t2id", INTEGER).foreignKey("t2.id").primaryKey());
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class A {
        Integer id;
        String data;
        List<B> bs = new ArrayList<>();
    }

    @Mapped
    static class B {
        Integer id;
        String data;
        List<A> as_ = new ArrayList<>();
    }

    static {
        REGISTRY.map(A.class, T1, relationship("bs", B.class).secondary(T1T2).backref(backref("as_").viewonly(true)));
        REGISTRY.map(B.class, T2);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_viewonly */
    @ParameterizedTest
    @EnumSource(Database.class)
    void viewonly(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            A a1 = new A();
            B b1 = new B();
            b1.as_ = new ArrayList<>(List.of(a1));

            session.add(a1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT t1");

            A loaded = session.query(A.class).first();
            assertThat(loaded).isSameAs(a1);
            assertThat(loaded.bs).isEmpty();
            assertThat(session.query(B.class).first()).isNull();
            assertThat(rows(session, select(T1T2.c("t1id")))).isEmpty();

            assertThat(Junction.inspect(b1).history("as_").hasChanges()).isFalse();
        }
    }
}
