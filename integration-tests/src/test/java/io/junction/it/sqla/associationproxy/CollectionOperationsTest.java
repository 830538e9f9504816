package io.junction.it.sqla.associationproxy;

import io.junction.engine.Engine;
import io.junction.it.sqla.associationproxy.model.Base;
import io.junction.it.sqla.associationproxy.model.DictChild;
import io.junction.it.sqla.associationproxy.model.DictParent;
import io.junction.it.sqla.associationproxy.model.ListChild;
import io.junction.it.sqla.associationproxy.model.ListParent;
import io.junction.it.sqla.associationproxy.model.SetChild;
import io.junction.it.sqla.associationproxy.model.SetParent;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/ext/test_associationproxy.py, classes ListTest, SetTest and CustomDictTest
 * (over _CollectionOperations): {@code children = association_proxy("_children", "name")} over a joined-eager
 * one-to-many with a {@code parent} backref, here {@code childObjects}, as a list, a set and a map keyed by
 * each child's {@code foo} (the test's DictCollection keys by it too). Python's
 * slice assignments become {@code subList} operations and its set operators the {@code Set} methods;
 * {@code roundtrip} flushes, expunges everything and gets the parent again, and each one's SQL is asserted.
 */
class CollectionOperationsTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table listParent = metadata.table("list_parent", column("id", INTEGER).primaryKey(), column("name", string(128)));
        Table listChildren = metadata.table("list_children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("list_parent.id"), column("foo", string(128)),
                column("name", string(128)));
        Table setParent = metadata.table("set_parent", column("id", INTEGER).primaryKey(), column("name", string(128)));
        Table setChildren = metadata.table("set_children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("set_parent.id"), column("foo", string(128)),
                column("name", string(128)));
        Table dictParent = metadata.table("dict_parent", column("id", INTEGER).primaryKey(), column("name", string(128)));
        Table dictChildren = metadata.table("dict_children", column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("dict_parent.id"), column("foo", string(128)),
                column("name", string(128)));
        Registry registry = new Registry(metadata);
        // tag::classical[]
        registry.map(ListParent.class, listParent,
                relationship("childObjects", ListChild.class).lazy(Lazy.JOINED).backref("parent"),
                associationProxy("children", "childObjects", "name"));
        registry.map(ListChild.class, listChildren);
        registry.map(SetParent.class, setParent,
                relationship("childObjects", SetChild.class).lazy(Lazy.JOINED).backref("parent"),
                associationProxy("children", "childObjects", "name").creator(new SetChild.Creator()));
        registry.map(SetChild.class, setChildren);
        registry.map(DictParent.class, dictParent,
                relationship("childObjects", DictChild.class).lazy(Lazy.JOINED).backref("parent").collection(keyedBy("foo")),
                associationProxy("children", "childObjects", "name"));
        registry.map(DictChild.class, dictChildren);
        // end::classical[]
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    private Engine engine;
    private Session session;
    private SqlLog log;

    private <T> T roundtrip(T parent, Function<T, Integer> id) {
        if (!session.contains(parent)) {
            session.add(parent);
        }
        session.flush();
        Integer key = id.apply(parent);
        session.expungeAll();
        @SuppressWarnings("unchecked")
        T loaded = (T) session.get(parent.getClass(), key);
        return loaded;
    }

    private ListParent roundtrip(ListParent parent) {
        return roundtrip(parent, p -> p.id);
    }

    private SetParent roundtrip(SetParent parent) {
        return roundtrip(parent, p -> p.id);
    }

    private DictParent roundtrip(DictParent parent) {
        return roundtrip(parent, p -> p.id);
    }

    private static List<String> names(Collection<? extends Object> children) {
        List<String> names = new ArrayList<>();
        for (Object child : children) {
            names.add(child instanceof ListChild c ? c.name : ((SetChild) child).name);
        }
        return names;
    }

    private static void assertIndex(ListParent p1, Integer expected, String value) {
        assertThat(p1.children.indexOf(value)).isEqualTo(expected == null ? -1 : expected);
    }

    /** test_abc (of ListTest, SetTest and CustomDictTest): the proxy of a list relationship is a List, of a set a Set, of a map a Map. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void abc(Style style) {
        MAPPING.activate(style);
        assertThat(new ListParent("x").children).isInstanceOf(List.class);
        assertThat(new SetParent("x").children).isInstanceOf(Set.class);
        assertThat(new DictParent("x").children).as("CustomDictTest's").isInstanceOf(Map.class);
    }

    /** ListTest.test_sequence_ops (and DefaultTest's, the same). */
    @ParameterizedTest
    @MethodSource("cases")
    void sequenceOps(Style style, Database database) {
        engine = fresh(style, database);
        log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            ListParent p1 = new ListParent("P1");
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();

            ListChild ch = new ListChild("regular");
            p1.childObjects.add(ch);
            assertThat(p1.childObjects).containsExactly(ch);
            assertThat(p1.children).hasSize(1).containsExactly("regular");
            assertThat(((List<?>) p1.children).contains(ch)).isFalse();
            assertIndex(p1, 0, "regular");
            assertThat(p1.children.subList(1, 1).indexOf("regular")).isEqualTo(-1);

            p1.children.add("proxied");
            assertThat(p1.children).contains("proxied");
            assertThat(names(p1.childObjects)).containsExactly("regular", "proxied");
            assertThat(p1.childObjects.get(1).parent).as("the backref follows an append through the proxy").isSameAs(p1);
            assertIndex(p1, 1, "proxied");
            assertThat(p1.children.subList(0, 1).indexOf("proxied")).isEqualTo(-1);

            p1.childObjects.remove(1);
            assertThat(p1.children).hasSize(1);
            assertThat(p1.childObjects.get(0)).isSameAs(ch);
            assertIndex(p1, null, "proxied");

            p1.children.remove(0);
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();
            assertIndex(p1, null, "regular");

            p1.children = List.of("a", "b", "c");
            assertThat(p1.childObjects).hasSize(3);
            assertThat(p1.children).containsExactly("a", "b", "c");

            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.verbs()).containsExactly("INSERT list_parent", "INSERT list_children", "SELECT list_parent");
            assertThat(log.sql().get(2)).contains("LEFT OUTER JOIN list_children AS list_children_1 ON list_parent.id = "
                    + "list_children_1.parent_id");
            assertThat(p1.children).containsExactly("a", "b", "c");
            assertThat(p1.childObjects).hasSize(3);

            String popped = p1.children.remove(p1.children.size() - 1);
            assertThat(p1.children).hasSize(2).doesNotContain(popped);
            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.verbs()).containsExactly("UPDATE list_children", "SELECT list_parent");
            assertThat(log.statements().get(0).parameterSets()).hasSize(1);
            assertThat(p1.children).hasSize(2).doesNotContain(popped);

            p1.children.set(1, "changed-in-place");
            assertThat(p1.children.get(1)).isEqualTo("changed-in-place");
            assertIndex(p1, 1, "changed-in-place");
            assertIndex(p1, null, "b");
            Integer inplaceId = p1.childObjects.get(1).id;
            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.sql().get(0)).isEqualTo("UPDATE list_children SET name=? WHERE list_children.id = ?");
            assertThat(p1.children.get(1)).isEqualTo("changed-in-place");
            assertThat(p1.childObjects.get(1).id).as("set(i, v) changed the member in place").isEqualTo(inplaceId);

            p1.children.add("changed-in-place");
            assertThat(p1.children.stream().filter("changed-in-place"::equals).count()).isEqualTo(2);
            assertIndex(p1, 1, "changed-in-place");
            p1.children.remove("changed-in-place");
            assertThat(p1.children.stream().filter("changed-in-place"::equals).count()).isEqualTo(1);
            assertIndex(p1, 1, "changed-in-place");
            p1 = roundtrip(p1);
            assertThat(p1.children.stream().filter("changed-in-place"::equals).count()).isEqualTo(1);
            assertIndex(p1, 1, "changed-in-place");

            p1.childObjects = new ArrayList<>();
            assertThat(p1.children).isEmpty();
            assertIndex(p1, null, "changed-in-place");

            List<String> after = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
            p1.children = after;
            assertThat(p1.children).hasSize(10);
            assertThat(names(p1.childObjects)).isEqualTo(after);
            for (int i = 0; i < after.size(); i++) {
                assertIndex(p1, i, after.get(i));
            }

            // p1.children[2:6] = ["x"] * 4
            for (int i = 2; i < 6; i++) {
                p1.children.set(i, "x");
            }
            after = List.of("a", "b", "x", "x", "x", "x", "g", "h", "i", "j");
            assertThat(p1.children).isEqualTo(after);
            assertThat(names(p1.childObjects)).isEqualTo(after);
            assertIndex(p1, 2, "x");
            assertThat(p1.children.subList(3, 10).indexOf("x")).isEqualTo(0);
            assertThat(p1.children.subList(6, 10).indexOf("x")).isEqualTo(-1);

            // p1.children[2:6] = ["y"]
            p1.children.subList(2, 6).clear();
            p1.children.add(2, "y");
            after = List.of("a", "b", "y", "g", "h", "i", "j");
            assertThat(p1.children).isEqualTo(after);
            assertThat(names(p1.childObjects)).isEqualTo(after);

            // p1.children[2:3] = ["z"] * 4
            p1.children.subList(2, 3).clear();
            p1.children.addAll(2, List.of("z", "z", "z", "z"));
            after = List.of("a", "b", "z", "z", "z", "z", "g", "h", "i", "j");
            assertThat(p1.children).isEqualTo(after);
            assertThat(names(p1.childObjects)).isEqualTo(after);

            // p1.children[2::2] = ["O"] * 4
            for (int i = 2; i < p1.children.size(); i += 2) {
                p1.children.set(i, "O");
            }
            after = List.of("a", "b", "O", "z", "O", "z", "O", "h", "O", "j");
            assertThat(p1.children).isEqualTo(after);
            assertThat(names(p1.childObjects)).isEqualTo(after);

            // p1.children *= 0
            p1.children.clear();
            assertThat(p1.children).isEmpty();
            assertThat(p1.childObjects).isEmpty();

            // p1.children += ["a", "b"]
            p1.children.addAll(List.of("a", "b"));
            assertThat(names(p1.childObjects)).containsExactly("a", "b");

            // p1.children[:] = ["d", "e"]
            p1.children.subList(0, p1.children.size()).clear();
            p1.children.addAll(List.of("d", "e"));
            assertThat(p1.children).containsExactly("d", "e");
            assertThat(names(p1.childObjects)).containsExactly("d", "e");

            // p1.children[:] = ["a", "b"]; p1.children += ["c"]
            p1.children.subList(0, p1.children.size()).clear();
            p1.children.addAll(List.of("a", "b"));
            p1.children.add("c");
            assertThat(names(p1.childObjects)).containsExactly("a", "b", "c");
            // p1.children *= 1 changes nothing; p1.children *= 2 appends a copy of the values
            p1.children.addAll(List.copyOf(p1.children));
            after = List.of("a", "b", "c", "a", "b", "c");
            assertThat(p1.children).isEqualTo(after);
            assertThat(names(p1.childObjects)).isEqualTo(after);
            assertThat(p1.childObjects.get(0)).as("each appended value is a member of its own").isNotSameAs(p1.childObjects.get(3));

            p1.children = List.of("a");
            assertThat(p1.children).isEqualTo(List.of("a"));
            assertThat(names(p1.childObjects)).containsExactly("a");

            log.clear();
            Integer id = p1.id;
            session.commit();
            assertThat(strings(rows(engine, select(table("list_children").c("name"), table("list_children").c("parent_id"))
                    .where(table("list_children").c("parent_id").eq(id))))).containsExactly("a/" + id);
        }
    }

    /** SetTest.test_set_operations. */
    @ParameterizedTest
    @MethodSource("cases")
    void setOperations(Style style, Database database) {
        engine = fresh(style, database);
        log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            SetParent p1 = new SetParent("P1");
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();

            SetChild ch1 = new SetChild.Creator().apply("regular");
            p1.childObjects.add(ch1);
            assertThat(p1.childObjects).containsExactly(ch1);
            assertThat(p1.children).hasSize(1).containsExactly("regular");
            assertThat(((Set<?>) p1.children).contains(ch1)).isFalse();

            p1.children.add("proxied");
            assertThat(p1.children).contains("proxied");
            assertThat(p1.childObjects).hasSize(2);
            assertThat(new HashSet<>(names(p1.childObjects))).containsExactlyInAnyOrder("regular", "proxied");
            SetChild ch2 = p1.childObjects.stream().filter(c -> c.name.equals("proxied")).findFirst().orElseThrow();
            assertThat(ch2.parent).isSameAs(p1);

            p1.childObjects.remove(ch2);
            assertThat(p1.children).hasSize(1);
            assertThat(p1.childObjects).containsExactly(ch1);

            p1.children.remove("regular");
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();

            p1.children = Set.of("a", "b", "c");
            assertThat(p1.childObjects).hasSize(3);
            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.verbs()).containsExactly("INSERT set_parent", "INSERT set_children", "SELECT set_parent");
            assertThat(p1.childObjects).hasSize(3);
            assertThat(p1.children).contains("a", "b").doesNotContain("d");
            assertThat(p1.children).isEqualTo(Set.of("a", "b", "c"));

            assertThat(p1.children.remove("d")).as("Python raises KeyError; a Java Set answers false").isFalse();
            assertThat(p1.children).hasSize(3);
            p1 = roundtrip(p1);
            assertThat(p1.children).hasSize(3);

            String popped = p1.children.iterator().next();
            p1.children.remove(popped);
            assertThat(p1.children).hasSize(2).doesNotContain(popped);
            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.verbs()).containsExactly("UPDATE set_children", "SELECT set_parent");
            assertThat(p1.children).hasSize(2).doesNotContain(popped);

            p1.children = Set.of("a", "b", "c");
            p1 = roundtrip(p1);
            assertThat(p1.children).isEqualTo(Set.of("a", "b", "c"));

            p1.children.remove("b");
            p1 = roundtrip(p1);
            assertThat(p1.children).isEqualTo(Set.of("a", "c"));

            p1.children.remove("a");
            p1 = roundtrip(p1);
            assertThat(p1.children).isEqualTo(Set.of("c"));

            p1.childObjects = new HashSet<>();
            assertThat(p1.children).isEmpty();
            session.commit();
        }
    }

    /** SetTest.test_set_comparisons: the proxy compares as the set of its values. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void setComparisons(Style style) {
        MAPPING.activate(style);
        SetParent p1 = new SetParent("P1");
        p1.children = Set.of("a", "b", "c");
        Set<String> control = Set.of("a", "b", "c");
        for (Set<String> other : List.of(Set.of("a", "b", "c"), Set.of("a", "b", "c", "d"), Set.of("a"), Set.of("a", "b"),
                Set.of("c", "d"), Set.of("e", "f", "g"), Set.<String>of())) {
            assertThat(p1.children.equals(other)).isEqualTo(control.equals(other));
            assertThat(p1.children.containsAll(other)).isEqualTo(control.containsAll(other));
            assertThat(other.containsAll(p1.children)).isEqualTo(other.containsAll(control));
            assertThat(p1.children.hashCode() == other.hashCode()).isEqualTo(control.hashCode() == other.hashCode());
        }
    }

    /** SetTest.test_set_comparison_empty_to_empty. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void setComparisonEmptyToEmpty(Style style) {
        MAPPING.activate(style);
        SetParent p1 = new SetParent("P1");
        p1.children = Set.of();
        SetParent p2 = new SetParent("P2");
        p2.children = Set.of();
        assertThat(p1.children).isEqualTo(p1.children).isEqualTo(p2.children).isEqualTo(Set.of());
        assertThat(Set.of()).isEqualTo(p1.children);
    }

    /**
     * SetTest.test_set_mutation: update, intersection_update, difference_update and
     * symmetric_difference_update (addAll, retainAll, removeAll, and the two together) on a proxy
     * agree with a plain set, before and after a round trip.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void setMutation(Style style, Database database) {
        engine = fresh(style, database);
        List<BiConsumer<Set<String>, Set<String>>> operations = List.of(
                Set::addAll, Set::retainAll, Set::removeAll,
                (set, other) -> {
                    Set<String> both = new HashSet<>(set);
                    both.retainAll(other);
                    set.addAll(other);
                    set.removeAll(both);
                });
        try (Session s = new Session(engine)) {
            session = s;
            for (BiConsumer<Set<String>, Set<String>> operation : operations) {
                for (List<String> base : List.of(List.of("a", "b", "c"), List.<String>of())) {
                    for (Set<String> other : List.of(Set.of("a", "b", "c"), Set.of("a", "b", "c", "d"), Set.of("a"),
                            Set.of("a", "b"), Set.of("c", "d"), Set.of("e", "f", "g"), Set.<String>of())) {
                        SetParent p = new SetParent("p");
                        p.children = new HashSet<>(base);
                        Set<String> control = new HashSet<>(base);
                        operation.accept(p.children, other);
                        operation.accept(control, other);
                        assertThat(p.children).as(base + " with " + other).isEqualTo(control);
                        p = roundtrip(p);
                        assertThat(p.children).as(base + " with " + other + " after a round trip").isEqualTo(control);
                    }
                }
            }
        }
    }

    /** SetTest.test_bulk_replace: assigning a set keeps the members whose values stay. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void setBulkReplace(Style style) {
        MAPPING.activate(style);
        SetParent p1 = new SetParent("foo");
        p1.children = Set.of("a", "b", "c");
        Set<SetChild> assocs = new HashSet<>(p1.childObjects);
        List<SetChild> keep = assocs.stream().filter(a -> a.name.equals("a") || a.name.equals("c")).toList();
        assertThat(keep).hasSize(2);
        SetChild removed = assocs.stream().filter(a -> a.name.equals("b")).findFirst().orElseThrow();

        p1.children = Set.of("a", "c", "d");
        assertThat(p1.childObjects.stream().filter(a -> a.name.equals("a") || a.name.equals("c")).toList())
                .containsExactlyInAnyOrderElementsOf(keep);
        assertThat(p1.childObjects).doesNotContain(removed);
        assertThat(removed.parent).as("the backref follows the removal").isNull();
        assertThat(p1.children).isEqualTo(Set.of("a", "c", "d"));
    }

    /** CustomDictTest.test_mapping_ops. */
    @ParameterizedTest
    @MethodSource("cases")
    void mappingOps(Style style, Database database) {
        engine = fresh(style, database);
        log = new SqlLog(engine);
        try (Session s = new Session(engine)) {
            session = s;
            DictParent p1 = new DictParent("P1");
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();

            DictChild ch = new DictChild("a", "regular");
            p1.childObjects.put(ch.foo, ch);
            assertThat(p1.childObjects.values()).containsExactly(ch);
            assertThat(p1.children).hasSize(1);
            assertThat(((Map<?, ?>) p1.children).containsValue(ch)).isFalse();
            assertThat(p1.children).containsKey("a").containsEntry("a", "regular");
            assertThat(p1.childObjects.get("a")).isSameAs(ch);

            p1.children.put("b", "proxied");
            assertThat(p1.children.keySet()).containsExactly("a", "b");
            assertThat(p1.children.entrySet()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("a=regular", "b=proxied");
            assertThat(p1.children.values()).containsExactly("regular", "proxied");
            assertThat(p1.children).containsKey("b");
            assertThat(p1.childObjects).doesNotContainKey("proxied").hasSize(2);
            assertThat(p1.childObjects.get("a").name).isEqualTo("regular");
            assertThat(p1.childObjects.get("b").name).isEqualTo("proxied");
            assertThat(p1.childObjects.get("b").foo).as("the creator took the key").isEqualTo("b");
            assertThat(p1.childObjects.get("b").parent).as("the backref follows").isSameAs(p1);

            p1.childObjects.remove("b");
            assertThat(p1.children).hasSize(1);
            assertThat(p1.childObjects.get("a")).isSameAs(ch);

            p1.children.remove("a");
            assertThat(p1.childObjects).isEmpty();
            assertThat(p1.children).isEmpty();

            p1.children = Map.of("d", "v d", "e", "v e", "f", "v f");
            assertThat(p1.childObjects).hasSize(3);
            assertThat(p1.children.keySet()).containsExactlyInAnyOrder("d", "e", "f");

            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.verbs()).containsExactly("INSERT dict_parent", "INSERT dict_children", "SELECT dict_parent");
            assertThat(p1.childObjects).hasSize(3);
            assertThat(p1.children).hasSize(3);

            p1.children.put("e", "changed-in-place");
            assertThat(p1.children.get("e")).isEqualTo("changed-in-place");
            Integer inplaceId = p1.childObjects.get("e").id;
            log.clear();
            p1 = roundtrip(p1);
            assertThat(log.sql().get(0)).isEqualTo("UPDATE dict_children SET name=? WHERE dict_children.id = ?");
            assertThat(p1.children.get("e")).isEqualTo("changed-in-place");
            assertThat(p1.childObjects.get("e").id).isEqualTo(inplaceId);

            p1.childObjects = new java.util.HashMap<>();
            assertThat(p1.children).isEmpty();
            session.commit();
        }
    }

    /** CustomDictTest.test_bulk_replace: assigning a map keeps the members of the keys that stay. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void mapBulkReplace(Style style) {
        MAPPING.activate(style);
        DictParent p1 = new DictParent("foo");
        p1.children = Map.of("a", "v a", "b", "v b", "c", "v c");
        Set<DictChild> assocs = new HashSet<>(p1.childObjects.values());
        List<DictChild> keep = assocs.stream().filter(a -> a.foo.equals("a") || a.foo.equals("c")).toList();
        assertThat(keep).hasSize(2);
        DictChild removed = assocs.stream().filter(a -> a.foo.equals("b")).findFirst().orElseThrow();

        p1.children = Map.of("a", "v a", "d", "v d", "c", "v c");
        assertThat(p1.childObjects.values().stream().filter(a -> a.foo.equals("a") || a.foo.equals("c")).toList())
                .containsExactlyInAnyOrderElementsOf(keep);
        assertThat(p1.childObjects.values()).doesNotContain(removed);
        assertThat(p1.children).isEqualTo(Map.of("a", "v a", "d", "v d", "c", "v c"));
    }

    /** Assigning null to a proxy is refused (Python's TypeError on iterating None), naming the proxy and the fix. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void assigningNullIsRefused(Style style) {
        MAPPING.activate(style);
        ListParent p1 = new ListParent("p");
        assertThatThrownBy(() -> p1.children = null).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ListParent.children is an association proxy over ListParent.childObjects")
                .hasMessageContaining("clear()");
    }
}
