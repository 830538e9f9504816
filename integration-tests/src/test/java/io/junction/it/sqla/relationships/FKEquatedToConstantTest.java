package io.junction.it.sqla.relationships;

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

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class FKEquatedToConstantTest: a writable
 * relationship whose primaryJoin also compares a column to a constant, with that column listed
 * among the foreign keys.
 */
class FKEquatedToConstantTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table TAGS = METADATA.table("tags", column("id", INTEGER).primaryKey(), column("data", string(50)));
    static final Table TAG_FOO = METADATA.table("tag_foo", column("id", INTEGER).primaryKey(),
            column("tagid", INTEGER), column("data", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Tag {
        Integer id;
        String data;
        List<TagInstance> foo = new ArrayList<>();
    }

    @Mapped
    static class TagInstance {
        Integer id;
        Integer tagid;
        String data;

        TagInstance() {
        }

        TagInstance(String data) {
            this.data = data;
        }
    }

    static {
        REGISTRY.map(Tag.class, TAGS, relationship("foo", TagInstance.class)
                .primaryJoin(and(TAG_FOO.c("data").eq("iplc_case"), TAG_FOO.c("tagid").eq(TAGS.c("id"))))
                .foreignKeys(TAG_FOO.c("tagid"), TAG_FOO.c("data")));
        REGISTRY.map(TagInstance.class, TAG_FOO);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_basic */
    @ParameterizedTest
    @EnumSource(Database.class)
    void basic(Database database) {
        Engine engine = fresh(database);
        Integer tagId;
        try (Session session = new Session(engine)) {
            Tag t1 = new Tag();
            t1.data = "some tag";
            t1.foo.add(new TagInstance("iplc_case"));
            t1.foo.add(new TagInstance("not_iplc_case"));
            session.add(t1);
            session.flush();
            tagId = t1.id;
            session.commit();
        }
        try (Session session = new Session(engine)) {
            // the relationship loads only the member that meets the constant criterion
            List<Tag> tags = session.query(Tag.class).all();
            assertThat(tags).hasSize(1);
            assertThat(tags.get(0).data).isEqualTo("some tag");
            assertThat(tags.get(0).foo).extracting(i -> i.data).containsExactly("iplc_case");

            // both TagInstances were persisted
            assertThat(session.query(TagInstance.class).orderBy(TAG_FOO.c("data")).all()).extracting(i -> i.data)
                    .containsExactly("iplc_case", "not_iplc_case");
        }
        assertThat(strings(rows(engine, select(TAG_FOO.c("data"), TAG_FOO.c("tagid")).orderBy(TAG_FOO.c("data")))))
                .containsExactly("iplc_case/" + tagId, "not_iplc_case/" + tagId);
    }
}
