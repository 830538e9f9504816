package io.junction.ormtest.keys;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.junction.orm.mapper.UuidKeySpec.uuidKey;
import static io.junction.orm.mapper.VersionSpec.versionId;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.UUID;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.sequence;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A version counter or generated key that cannot work is refused when the class is mapped, naming class, attribute and fix. */
class KeyConfigurationTest {
    private final MetaData metadata = new MetaData();
    private final Registry registry = new Registry(metadata);

    @AfterEach
    void forget() {
        registry.dispose();
    }

    @Mapped
    static class Widget {
        Object id;
        String version;
        Integer counter;
    }

    @Test
    void aVersionCounterThatIsNotAnIntegerIsRefused() {
        Table widgets = metadata.table("widgets", column("id", INTEGER).primaryKey(), column("version", string(10)));
        assertThatThrownBy(() -> registry.map(Widget.class, widgets, versionId(widgets.c("version"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Widget.version is mapped as the version counter, but column widgets.version is VARCHAR(10)")
                .hasMessageContaining("declare the column INTEGER or BIGINT");
    }

    @Test
    void aVersionCounterInThePrimaryKeyIsRefused() {
        Table widgets = metadata.table("widgets", column("id", INTEGER).primaryKey(), column("counter", INTEGER).primaryKey());
        assertThatThrownBy(() -> registry.map(Widget.class, widgets, versionId(widgets.c("counter"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Widget.counter is mapped as the version counter")
                .hasMessageContaining("part of the primary key");
    }

    @Test
    void twoVersionCountersAreRefused() {
        Table widgets = metadata.table("widgets", column("id", INTEGER).primaryKey(), column("counter", INTEGER),
                column("other", INTEGER));
        assertThatThrownBy(() -> registry.map(Widget.class, widgets, versionId(widgets.c("counter")), versionId(widgets.c("other"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Widget.counter is the version counter already");
    }

    @Test
    void uuidKeyOnANonUuidColumnIsRefused() {
        Table widgets = metadata.table("widgets", column("id", string(36)).primaryKey());
        assertThatThrownBy(() -> registry.map(Widget.class, widgets, uuidKey(widgets.c("id"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Widget.id is mapped with uuidKey(...), but column widgets.id is VARCHAR(36)")
                .hasMessageContaining("declare the column UUID and primaryKey()");
    }

    @Test
    void aGeneratedKeyOnACompositePrimaryKeyIsRefused() {
        Table widgets = metadata.table("widgets", column("id", UUID).primaryKey(), column("counter", INTEGER).primaryKey());
        assertThatThrownBy(() -> registry.map(Widget.class, widgets, uuidKey(widgets.c("id"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Widget has a generated key on a primary key of 2 column(s)");
    }

    @Test
    void aSequenceMakesTheKeyGeneratedAndNotAnIdentityColumn() {
        Table widgets = metadata.table("widgets", column("id", INTEGER).primaryKey().sequence(sequence("w_seq")),
                column("counter", INTEGER));
        assertThat(widgets.c("id").isAutoincrement()).isFalse();
        assertThat(registry.map(Widget.class, widgets).generatedKey().key()).isEqualTo("id");
    }
}
