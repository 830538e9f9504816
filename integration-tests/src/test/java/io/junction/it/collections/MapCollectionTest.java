package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.map.Bag;
import io.junction.it.collections.map.Base;
import io.junction.it.collections.map.Book;
import io.junction.it.collections.map.Item;
import io.junction.it.collections.map.Note;
import io.junction.it.collections.map.Shelf;
import io.junction.it.collections.map.Tag;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.collection.InstrumentedMap;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.QueryOptions;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.CollectionClass.keyedByColumn;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Relationships held in a {@code Map}: keyed by an attribute ({@code attribute_keyed_dict}), by
 * columns ({@code column_keyed_dict}) and by a function ({@code keyfunc_mapping}), mapped
 * classically and declaratively, on H2 and PostgreSQL. The scalar and composite cases are ported
 * from SQLAlchemy test/orm/test_collection.py, class DictHelpersTest ({@code _test_scalar_mapped},
 * {@code _test_composite_mapped}).
 */
class MapCollectionTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table items = metadata.table("items",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table notes = metadata.table("notes",
                column("id", INTEGER).primaryKey(),
                column("item_id", INTEGER).foreignKey("items.id"),
                column("keyword", string(50)),
                column("text", string(50)));
        Table shelves = metadata.table("shelves",
                column("id", INTEGER).primaryKey(),
                column("label", string(50)));
        Table books = metadata.table("books",
                column("id", INTEGER).primaryKey(),
                column("shelf_id", INTEGER).foreignKey("shelves.id").nullable(false),
                column("a", string(50)),
                column("b", string(50)),
                column("c", string(50)));
        Table bags = metadata.table("bags",
                column("id", INTEGER).primaryKey());
        Table tags = metadata.table("tags",
                column("id", INTEGER).primaryKey(),
                column("bag_id", INTEGER).foreignKey("bags.id"),
                column("name", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Item.class, items, relationship("notes", Note.class).cascade("all, delete-orphan")
                .backref("item").collection(keyedBy("keyword")));
        registry.map(Note.class, notes);
        registry.map(Shelf.class, shelves, relationship("books", Book.class).cascade("all, delete-orphan")
                .collection(keyedByColumn(books.c("a"), books.c("b"))));
        registry.map(Book.class, books);
        registry.map(Bag.class, bags, relationship("tags", Tag.class).backPopulates("bag").cascade("all, delete-orphan")
                .collection(keyedBy((Function<Tag, String>) tag -> tag.name.toUpperCase())));
        registry.map(Tag.class, tags, relationship("bag", Bag.class).backPopulates("tags"));
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    private static Integer saved(Engine engine, Item item) {
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(item);
            session.commit();
            return item.id;
        }
    }

    private List<String> noteRows(Engine engine) {
        Table notes = table("notes");
        return strings(rows(engine, select(notes.c("item_id"), notes.c("keyword"), notes.c("text")).orderBy(notes.c("id"))));
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void putKeepsTheBackrefInStepAndRemoveTakesTheMemberOut(Style style) {
        MAPPING.activate(style);
        Item item = new Item("desk");
        Note a = new Note("a", "first");
        item.notes.put("a", a);
        assertThat(item.notes).isInstanceOf(InstrumentedMap.class);
        assertThat(a.item).isSameAs(item);

        Note b = new Note("b", "second");
        b.item = item;
        assertThat(item.notes).containsOnlyKeys("a", "b").containsEntry("b", b);

        Note a2 = new Note("a", "replacement");
        item.notes.put("a", a2);
        assertThat(a.item).isNull();
        assertThat(a2.item).isSameAs(item);

        item.notes.remove("b");
        assertThat(b.item).isNull();
        assertThat(item.notes).containsOnlyKeys("a");

        Note a3 = new Note("a", "by backref");
        a3.item = item;
        assertThat(item.notes).containsEntry("a", a3);
        assertThat(a2.item).as("the member the backref pushed out of its key").isNull();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aMapFlushesAsAListDoesAndLoadsKeyedByTheAttribute(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        item.notes.put("b", new Note("b", "second"));
        Integer id = saved(engine, item);
        assertThat(log.verbs()).containsExactly("INSERT items", "INSERT notes");
        assertThat(noteRows(engine)).containsExactly(id + "/a/first", id + "/b/second");

        log.clear();
        try (Session session = new Session(engine)) {
            Item loaded = session.get(Item.class, id);
            assertThat(loaded.notes).isInstanceOf(InstrumentedMap.class).containsOnlyKeys("a", "b");
            assertThat(loaded.notes.get("b").text).isEqualTo("second");
            assertThat(loaded.notes.get("a").item).isSameAs(loaded);
        }
        assertThat(log.verbs()).containsExactly("SELECT items", "SELECT notes");
    }

    /** DictHelpersTest._test_scalar_mapped: a member put under a taken key replaces the one there, which is an orphan. */
    @ParameterizedTest
    @MethodSource("cases")
    void testScalarMapped(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("p");
        item.notes.put("foo", new Note("foo", "value"));
        item.notes.put("bar", new Note("bar", "value"));
        Integer id = saved(engine, item);
        SqlLog log = new SqlLog(engine);
        Integer oldFoo;
        try (Session session = new Session(engine)) {
            Item p = session.get(Item.class, id);
            assertThat(p.notes.keySet()).containsExactlyInAnyOrder("foo", "bar");
            oldFoo = p.notes.get("foo").id;
            p.notes.put("foo", new Note("foo", "newvalue"));     // append_with_event(Child("foo", "newvalue"))
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT notes", "DELETE notes");
        }
        try (Session session = new Session(engine)) {
            Item p = session.get(Item.class, id);
            assertThat(p.notes.keySet()).containsExactlyInAnyOrder("foo", "bar");
            assertThat(p.notes.get("foo").id).isNotEqualTo(oldFoo);
            assertThat(p.notes.get("foo").text).isEqualTo("newvalue");
            assertThat(p.notes).hasSize(2);

            p.notes.remove("foo");
            assertThat(p.notes).hasSize(1);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE notes");
        }
        try (Session session = new Session(engine)) {
            Item p = session.get(Item.class, id);
            assertThat(p.notes).hasSize(1);
            p.notes.remove("bar");
            assertThat(p.notes).isEmpty();
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.get(Item.class, id).notes).isEmpty();
        }
        assertThat(noteRows(engine)).isEmpty();
    }

    /** DictHelpersTest._test_composite_mapped, with column_keyed_dict((children.c.a, children.c.b)). */
    @ParameterizedTest
    @MethodSource("cases")
    void testCompositeMapped(Style style, Database database) {
        Engine engine = fresh(style, database);
        Shelf shelf = new Shelf("p");
        shelf.books.put(List.of("foo", "1"), new Book("foo", "1", "value 1"));
        shelf.books.put(List.of("foo", "2"), new Book("foo", "2", "value 2"));
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(shelf);
            session.commit();
            id = shelf.id;
        }
        Integer cid;
        try (Session session = new Session(engine)) {
            Shelf p = session.get(Shelf.class, id);
            assertThat(p.books.keySet()).containsExactlyInAnyOrder(List.of("foo", "1"), List.of("foo", "2"));
            cid = p.books.get(List.of("foo", "1")).id;
            p.books.put(List.of("foo", "1"), new Book("foo", "1", "newvalue"));
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Shelf p = session.get(Shelf.class, id);
            assertThat(p.books.keySet()).containsExactlyInAnyOrder(List.of("foo", "1"), List.of("foo", "2"));
            assertThat(p.books.get(List.of("foo", "1")).id).isNotEqualTo(cid);
            assertThat(p.books.get(List.of("foo", "1")).c).isEqualTo("newvalue");
            assertThat(p.books).hasSize(2);
        }
        Table books = table("books");
        assertThat(strings(rows(engine, select(books.c("a"), books.c("b"), books.c("c")).orderBy(books.c("id")))))
                .containsExactly("foo/2/value 2", "foo/1/newvalue");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aKeyFunctionKeysLoadedAndBackrefAppendedMembers(Style style, Database database) {
        Engine engine = fresh(style, database);
        Bag bag = new Bag();
        Tag red = new Tag("red");
        red.bag = bag;
        assertThat(bag.tags).containsOnlyKeys("RED");
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(bag);
            session.commit();
            id = bag.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Bag loaded = session.get(Bag.class, id);
            Tag blue = new Tag("blue");
            blue.bag = loaded;                       // the collection is not loaded: the append waits for it
            session.add(blue);                       // a backref does not cascade the save (SQLAlchemy 2.0)
            assertThat(log.verbs()).containsExactly("SELECT bags");
            assertThat(loaded.tags).containsOnlyKeys("RED", "BLUE");
            assertThat(log.verbs()).as("loading autoflushes the pending tag first")
                    .containsExactly("SELECT bags", "INSERT tags", "SELECT tags");
            assertThat(loaded.tags.get("BLUE")).isSameAs(blue);
            session.commit();
        }
        Table tags = table("tags");
        assertThat(strings(rows(engine, select(tags.c("bag_id"), tags.c("name")).orderBy(tags.c("id")))))
                .containsExactly(id + "/red", id + "/blue");
    }

    /** SQLAlchemy keeps a member under the key it was put with; only loading keys it again by the rule. */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberWhoseKeyChangesStaysUnderItsKeyUntilTheCollectionLoadsAgain(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        Integer id = saved(engine, item);
        try (Session session = new Session(engine)) {
            Item p = session.get(Item.class, id);
            Note note = p.notes.get("a");
            note.keyword = "z";
            assertThat(p.notes).containsOnlyKeys("a");
            session.commit();
            assertThat(p.notes).as("expired at commit, loaded again").containsOnlyKeys("z");
        }
        assertThat(noteRows(engine)).containsExactly(id + "/z/first");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void assigningAMapReplacesTheMembersAndRefusesAKeyTheRuleDoesNotGive(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        Integer id = saved(engine, item);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Item p = session.get(Item.class, id);
            Map<String, Note> wrong = new HashMap<>();
            wrong.put("x", new Note("y", "mismatch"));
            assertThatThrownBy(() -> p.notes = wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Item.notes")
                    .hasMessageContaining("under x where the rule gives y");
            Map<String, Note> replacement = new LinkedHashMap<>();
            replacement.put("b", new Note("b", "second"));
            replacement.put("c", new Note("c", "third"));
            p.notes = replacement;
            assertThat(p.notes).isInstanceOf(InstrumentedMap.class).containsOnlyKeys("b", "c");
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT notes", "DELETE notes");
        }
        assertThat(noteRows(engine)).containsExactly(id + "/b/second", id + "/c/third");
    }

    static Stream<Arguments> loaderCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Style style : Style.values()) {
            for (Database database : Database.values()) {
                cases.add(Arguments.of(style, database, "joined", List.of("SELECT items")));
                cases.add(Arguments.of(style, database, "selectin", List.of("SELECT items", "SELECT notes")));
                cases.add(Arguments.of(style, database, "subquery", List.of("SELECT items", "SELECT (SELECT")));
                cases.add(Arguments.of(style, database, "lazy", List.of("SELECT items", "SELECT notes")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("loaderCases")
    void everyLoaderStrategyBuildsTheMapByKey(Style style, Database database, String strategy, List<String> verbs) {
        Engine engine = fresh(style, database);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        item.notes.put("b", new Note("b", "second"));
        saved(engine, item);
        Item other = new Item("empty");
        saved(engine, other);
        LoaderOption option = switch (strategy) {
            case "joined" -> QueryOptions.joinedLoad("notes");
            case "selectin" -> QueryOptions.selectinLoad("notes");
            case "subquery" -> QueryOptions.subqueryLoad("notes");
            default -> QueryOptions.lazyLoad("notes");
        };
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            List<Item> loaded = session.query(Item.class).options(option).orderBy(table("items").c("id")).all();
            assertThat(loaded.get(0).notes).containsOnlyKeys("a", "b");
            assertThat(loaded.get(0).notes.get("a").text).isEqualTo("first");
            assertThat(loaded.get(1).notes).isEmpty();
        }
        assertThat(log.verbs().subList(0, verbs.size())).isEqualTo(verbs);
        if (strategy.equals("lazy")) {
            assertThat(log.verbs()).containsExactly("SELECT items", "SELECT notes", "SELECT notes");
        } else {
            assertThat(log.verbs()).isEqualTo(verbs);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noloadAndRaiseLeaveTheMapAsTheyLeaveAList(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        saved(engine, item);
        try (Session session = new Session(engine)) {
            Item loaded = session.query(Item.class).options(QueryOptions.noLoad("notes")).one();
            assertThat(loaded.notes).isInstanceOf(InstrumentedMap.class).isEmpty();
        }
        try (Session session = new Session(engine)) {
            Item loaded = session.query(Item.class).options(QueryOptions.raiseLoad("notes")).one();
            assertThatThrownBy(() -> loaded.notes.size()).hasMessageContaining("notes");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deletingTheOwnerCascadesToTheMembers(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("desk");
        item.notes.put("a", new Note("a", "first"));
        item.notes.put("b", new Note("b", "second"));
        Integer id = saved(engine, item);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Item.class, id));
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT items", "SELECT notes", "DELETE notes", "DELETE items");
        assertThat(noteRows(engine)).isEmpty();
    }

    /**
     * An object of another class, put under a key or among the values of an assigned map, is
     * refused before the map changes.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberOfAnotherClassIsRefusedBeforeTheMapChanges(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item item = new Item("pen");
        Note blue = new Note("color", "blue");
        item.notes.put("color", blue);
        Map<String, Note> before = item.notes;
        @SuppressWarnings("unchecked")
        Map<String, Object> unchecked = (Map<String, Object>) (Map<String, ?>) item.notes;
        assertThatThrownBy(() -> unchecked.put("size", new Item("cap"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Item.notes' does not accept objects of class Item "
                        + "(io.junction.it.collections.map.Item): it holds Note objects");
        Map<String, Object> assigned = new LinkedHashMap<>();
        assigned.put("color", blue);
        assigned.put("size", "large");
        @SuppressWarnings("unchecked")
        Map<String, Note> wrong = (Map<String, Note>) (Map<String, ?>) assigned;
        assertThatThrownBy(() -> item.notes = wrong).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Item.notes' does not accept objects of class String");
        assertThat(item.notes).isSameAs(before).containsOnlyKeys("color");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(item);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT items", "INSERT notes");
        assertThat(strings(rows(engine, select(table("items"))))).containsExactly("1/pen");
        assertThat(strings(rows(engine, select(table("notes"))))).containsExactly("1/1/color/blue");
    }

    /**
     * CustomCollectionsTest.test_dict_wrapper: members appended by value (the adapter's
     * append_with_event: put under the key the rule gives) and by key replace the ones held.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void testDictWrapper(Style style, Database database) {
        Engine engine = fresh(style, database);
        Item f = new Item("f");
        InstrumentedMap<String, Note> col = (InstrumentedMap<String, Note>) f.notes;
        for (String keyword : List.of("a", "b")) {
            Note bar = new Note(keyword, "first " + keyword);
            col.put(col.keyOf(bar), bar);
        }
        Integer id = saved(engine, f);
        SqlLog log = new SqlLog(engine);
        List<Integer> existing;
        try (Session session = new Session(engine)) {
            Item loaded = session.get(Item.class, id);
            assertThat(loaded.notes).hasSize(2);
            existing = loaded.notes.values().stream().map(n -> n.id).toList();
            InstrumentedMap<String, Note> loadedCol = (InstrumentedMap<String, Note>) loaded.notes;
            Note b = new Note("b", "second b");
            loadedCol.put(loadedCol.keyOf(b), b);
            loaded.notes.put("a", new Note("a", "second a"));
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT notes", "DELETE notes");
        try (Session session = new Session(engine)) {
            Item loaded = session.get(Item.class, id);
            assertThat(loaded.notes).hasSize(2);
            assertThat(loaded.notes.values()).extracting(n -> n.id).doesNotContainAnyElementsOf(existing);
        }
        assertThat(noteRows(engine)).containsExactly(id + "/b/second b", id + "/a/second a");
    }
}
