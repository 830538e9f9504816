package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.unpopulated.Base;
import io.junction.it.collections.unpopulated.ByAttribute;
import io.junction.it.collections.unpopulated.ByAttributeIgnoring;
import io.junction.it.collections.unpopulated.ByColumn;
import io.junction.it.collections.unpopulated.ByColumnIgnoring;
import io.junction.it.collections.unpopulated.Entry;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.CollectionClass.keyedByColumn;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code Map} member whose key is {@code null} when the ORM adds it by value — through a backref,
 * an assigned {@code Map} or a load — is refused, or skipped with {@code ignoreUnpopulated()}
 * (SQLAlchemy's {@code ignore_unpopulated_attribute}), for attribute and column keys, in both
 * styles on H2 and PostgreSQL. Ported from SQLAlchemy test/orm/test_collection.py, classes
 * UnpopulatedAttrTest and AttrKeyedDictKeysTest (the "plain" key; a synonym, a Python property or
 * an association proxy as key attribute has no Junction spelling: keyedBy(function) is the way).
 */
class UnpopulatedMapKeyTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        for (String owner : List.of("by_attribute", "by_attribute_ignoring", "by_column", "by_column_ignoring")) {
            metadata.table(owner, column("id", INTEGER).primaryKey());
        }
        Table entries = metadata.table("entries",
                column("id", INTEGER).primaryKey(),
                column("data", string(30)),
                column("by_attribute_id", INTEGER).foreignKey("by_attribute.id"),
                column("by_attribute_ignoring_id", INTEGER).foreignKey("by_attribute_ignoring.id"),
                column("by_column_id", INTEGER).foreignKey("by_column.id"),
                column("by_column_ignoring_id", INTEGER).foreignKey("by_column_ignoring.id"));
        Registry registry = new Registry(metadata);
        registry.map(ByAttribute.class, metadata.table("by_attribute"), relationship("entries", Entry.class)
                .backref("byAttribute").collection(keyedBy("data")));
        registry.map(ByAttributeIgnoring.class, metadata.table("by_attribute_ignoring"), relationship("entries", Entry.class)
                .backref("byAttributeIgnoring").collection(keyedBy("data").ignoreUnpopulated()));
        registry.map(ByColumn.class, metadata.table("by_column"), relationship("entries", Entry.class)
                .backref("byColumn").collection(keyedByColumn(entries.c("data"))));
        registry.map(ByColumnIgnoring.class, metadata.table("by_column_ignoring"), relationship("entries", Entry.class)
                .backref("byColumnIgnoring").collection(keyedByColumn(entries.c("data")).ignoreUnpopulated()));
        registry.map(Entry.class, entries);
        return registry;
    });

    /** The four owners: the key rule (attribute or column) and whether members without a key are skipped. */
    enum Variant {
        ATTRIBUTE("ByAttribute", "Entry.data", false),
        ATTRIBUTE_IGNORING("ByAttributeIgnoring", "Entry.data", true),
        COLUMN("ByColumn", "the column entries.data", false),
        COLUMN_IGNORING("ByColumnIgnoring", "the column entries.data", true);

        final String owner;
        final String keySource;
        final boolean ignoring;

        Variant(String owner, String keySource, boolean ignoring) {
            this.owner = owner;
            this.keySource = keySource;
            this.ignoring = ignoring;
        }

        String backref() {
            return Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
        }
    }

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureWarnings() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void releaseWarnings() {
        System.setErr(originalErr);
    }

    private List<String> warnings() {
        return captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("WARN") && line.contains("whose key")).toList();
    }

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    private static Object newOwner(Variant variant) {
        return switch (variant) {
            case ATTRIBUTE -> new ByAttribute();
            case ATTRIBUTE_IGNORING -> new ByAttributeIgnoring();
            case COLUMN -> new ByColumn();
            case COLUMN_IGNORING -> new ByColumnIgnoring();
        };
    }

    private static Map<String, Entry> entries(Object owner) {
        if (owner instanceof ByAttribute o) {
            return o.entries;
        }
        if (owner instanceof ByAttributeIgnoring o) {
            return o.entries;
        }
        if (owner instanceof ByColumn o) {
            return o.entries;
        }
        return ((ByColumnIgnoring) owner).entries;
    }

    private static void assign(Object owner, Map<String, Entry> entries) {
        if (owner instanceof ByAttribute o) {
            o.entries = entries;
        } else if (owner instanceof ByAttributeIgnoring o) {
            o.entries = entries;
        } else if (owner instanceof ByColumn o) {
            o.entries = entries;
        } else {
            ((ByColumnIgnoring) owner).entries = entries;
        }
    }

    /** {@code entry.<backref> = owner}: the many-to-one whose backref appends to the owner's map. */
    private static void own(Entry entry, Variant variant, Object owner) {
        switch (variant) {
            case ATTRIBUTE -> entry.byAttribute = (ByAttribute) owner;
            case ATTRIBUTE_IGNORING -> entry.byAttributeIgnoring = (ByAttributeIgnoring) owner;
            case COLUMN -> entry.byColumn = (ByColumn) owner;
            case COLUMN_IGNORING -> entry.byColumnIgnoring = (ByColumnIgnoring) owner;
        }
    }

    private static Object ownerOf(Entry entry, Variant variant) {
        return switch (variant) {
            case ATTRIBUTE -> entry.byAttribute;
            case ATTRIBUTE_IGNORING -> entry.byAttributeIgnoring;
            case COLUMN -> entry.byColumn;
            case COLUMN_IGNORING -> entry.byColumnIgnoring;
        };
    }

    private static Integer idOf(Object owner) {
        if (owner instanceof ByAttribute o) {
            return o.id;
        }
        if (owner instanceof ByAttributeIgnoring o) {
            return o.id;
        }
        if (owner instanceof ByColumn o) {
            return o.id;
        }
        return ((ByColumnIgnoring) owner).id;
    }

    private static Stream<Arguments> styles() {
        List<Arguments> cases = new ArrayList<>();
        for (Style style : Style.values()) {
            for (Variant variant : Variant.values()) {
                cases.add(Arguments.of(style, variant));
            }
        }
        return cases.stream();
    }

    private static Stream<Arguments> databases() {
        List<Arguments> cases = new ArrayList<>();
        for (Style style : Style.values()) {
            for (Database database : Database.values()) {
                for (Variant variant : Variant.values()) {
                    cases.add(Arguments.of(style, database, variant));
                }
            }
        }
        return cases.stream();
    }

    private List<String> entryRows(Engine engine, Variant variant) {
        Table entries = table("entries");
        String key = switch (variant) {
            case ATTRIBUTE -> "by_attribute_id";
            case ATTRIBUTE_IGNORING -> "by_attribute_ignoring_id";
            case COLUMN -> "by_column_id";
            case COLUMN_IGNORING -> "by_column_ignoring_id";
        };
        return strings(rows(engine, select(entries.c("data"), entries.c(key)).orderBy(entries.c("id"))));
    }

    /** test_attr_unpopulated_backref_assign */
    @ParameterizedTest
    @MethodSource("styles")
    void testAttrUnpopulatedBackrefAssign(Style style, Variant variant) {
        MAPPING.activate(style);
        Object a1 = newOwner(variant);
        Entry b = new Entry();
        if (variant.ignoring) {
            own(b, variant, a1);
            assertThat(entries(a1)).as("the backref skipped the member without a key").isEmpty();
            assertThat(ownerOf(b, variant)).isSameAs(a1);
            entries(a1).put("bar", b);
            assertThat(entries(a1)).containsOnlyKeys("bar").containsEntry("bar", b);
            assertThat(entries(a1)).doesNotContainKey(null);
        } else {
            assertThatThrownBy(() -> own(b, variant, a1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(variant.owner + ".entries cannot hold Entry(null) added through the backref Entry."
                            + variant.backref() + ": its key (" + variant.keySource + ") is null. Give the member its key "
                            + "before adding it, or map the collection with collection("
                            + (variant == Variant.ATTRIBUTE ? "keyedBy(\"data\")" : "keyedByColumn(entries.c(\"data\"))")
                            + ".ignoreUnpopulated()) (declaratively @MapKey(..., ignoreUnpopulated = true)) to skip members "
                            + "without a key");
            assertThat(ownerOf(b, variant)).as("the refused assignment left the reference as it was").isNull();
            assertThat(entries(a1)).isEmpty();
        }
    }

    /**
     * test_attr_unpopulated_backref_del: SQLAlchemy looks the member up by its key to remove it, so it
     * raises (or, ignoring, leaves the member in the map); Junction removes it by identity either way.
     */
    @ParameterizedTest
    @MethodSource("styles")
    void testAttrUnpopulatedBackrefDel(Style style, Variant variant) {
        MAPPING.activate(style);
        Object a1 = newOwner(variant);
        Entry b1 = new Entry("bar");
        entries(a1).put("bar", b1);
        assertThat(ownerOf(b1, variant)).isSameAs(a1);
        b1.data = null;
        own(b1, variant, null);
        assertThat(entries(a1)).isEmpty();
    }

    /** test_what_about_lazy_loading: the key attribute of an expired member is loaded to key it. */
    @ParameterizedTest
    @MethodSource("databases")
    void testWhatAboutLazyLoading(Style style, Database database, Variant variant) {
        for (boolean attrIsActuallyNone : List.of(true, false)) {
            Engine engine = fresh(style, database);
            try (Session session = new Session(engine)) {
                Object a1 = newOwner(variant);
                Entry b1 = attrIsActuallyNone ? new Entry() : new Entry("bar");
                session.add(a1);
                session.add(b1);
                session.commit();
                SqlLog log = new SqlLog(engine);
                assertThat(entries(a1)).isEmpty();               // loads the empty map so the backref fills it
                assertThat(log.verbs()).containsExactly("SELECT entries");
                log.clear();
                if (attrIsActuallyNone && !variant.ignoring) {
                    assertThatThrownBy(() -> own(b1, variant, a1)).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("cannot hold Entry(null) added through the backref");
                    assertThat(entries(a1)).isEmpty();
                } else {
                    own(b1, variant, a1);
                    if (attrIsActuallyNone) {
                        assertThat(entries(a1)).isEmpty();
                    } else {
                        assertThat(entries(a1)).containsOnlyKeys("bar").containsEntry("bar", b1);
                    }
                }
                assertThat(log.verbs()).as("the expired member loads, its key with it").containsExactly("SELECT entries");
                session.commit();
                Integer owner = idOf(a1);
                boolean owned = !attrIsActuallyNone || variant.ignoring;
                assertThat(entryRows(engine, variant)).containsExactly(
                        (attrIsActuallyNone ? "null" : "bar") + "/" + (owned ? owner : "null"));
            }
        }
    }

    /** AttrKeyedDictKeysTest.test_attr_dict_keys_persist ("plain"): an assigned Map keyed by the rule is kept. */
    @ParameterizedTest
    @MethodSource("databases")
    void testAttrDictKeysPersist(Style style, Database database, Variant variant) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Entry b1 = new Entry("k1");
        Entry b2 = new Entry("k2");
        Object a1 = newOwner(variant);
        Map<String, Entry> assigned = new LinkedHashMap<>();
        assigned.put("k1", b1);
        assigned.put("k2", b2);
        assign(a1, assigned);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT " + ownerTable(variant), "INSERT entries");
            assertThat(entries(a1)).isEqualTo(Map.of("k1", b1, "k2", b2));
            Integer id = idOf(a1);
            assertThat(entryRows(engine, variant)).containsExactly("k1/" + id, "k2/" + id);
        }
    }

    /** AttrKeyedDictKeysTest.test_attr_dict_keys_none ("plain"): members without a key in an assigned Map. */
    @ParameterizedTest
    @MethodSource("databases")
    void testAttrDictKeysNone(Style style, Database database, Variant variant) {
        Engine engine = fresh(style, database);
        Entry b1 = new Entry();
        Entry b2 = new Entry();
        Map<String, Entry> assigned = new LinkedHashMap<>();
        assigned.put("k1", b1);
        assigned.put("k2", b2);
        Object a1 = newOwner(variant);
        if (!variant.ignoring) {
            assertThatThrownBy(() -> assign(a1, assigned)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(variant.owner + ".entries cannot hold Entry(null) added by assigning a Map: its key ("
                            + variant.keySource + ") is null.");
            assertThat(entries(a1)).isEmpty();
            return;
        }
        assign(a1, assigned);
        assertThat(entries(a1)).isEmpty();
        assertThat(ownerOf(b1, variant)).isNull();
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(a1);
            session.commit();
            assertThat(entries(a1)).isEmpty();
        }
        assertThat(log.verbs()).containsExactly("INSERT " + ownerTable(variant), "SELECT entries");
        assertThat(entryRows(engine, variant)).isEmpty();
    }

    /**
     * The end of test_attr_dict_keys_none: a row whose key column is NULL loads under the key
     * {@code null} with a warning (SQLAlchemy: "Attribute keyed dictionary value ... was None"), and
     * is skipped when the rule ignores members without a key.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aLoadedMemberWithoutAKeyIsHeldUnderNullWithAWarningOrSkipped(Style style, Database database, Variant variant) {
        Engine engine = fresh(style, database);
        String ownerTable = ownerTable(variant);
        try (var connection = engine.connect()) {
            connection.execute(insert(table(ownerTable)).values(Map.of("id", 1)));
            Map<String, Object> row = new HashMap<>();
            row.put("id", 1);
            row.put(ownerTable + "_id", 1);
            connection.execute(insert(table("entries")).values(row));
            row.put("id", 2);
            row.put("data", "k2");
            connection.execute(insert(table("entries")).values(row));
            connection.commit();
        }
        Class<?> type = newOwner(variant).getClass();
        captured.reset();
        try (Session session = new Session(engine)) {
            Object a1 = session.get(type, 1);
            Map<String, Entry> loaded = entries(a1);
            if (variant.ignoring) {
                assertThat(loaded).containsOnlyKeys("k2");
                assertThat(warnings()).isEmpty();
            } else {
                assertThat(loaded).containsOnlyKeys(null, "k2");
                assertThat(loaded.get(null).id).isEqualTo(1);
                assertThat(warnings()).singleElement().asString().contains(variant.owner + ".entries loaded Entry(null), "
                        + "whose key (" + variant.keySource + ") is null; it is held under the key null. Map the collection "
                        + "with collection(");
            }
        }
    }

    private static String ownerTable(Variant variant) {
        return switch (variant) {
            case ATTRIBUTE -> "by_attribute";
            case ATTRIBUTE_IGNORING -> "by_attribute_ignoring";
            case COLUMN -> "by_column";
            case COLUMN_IGNORING -> "by_column_ignoring";
        };
    }
}
