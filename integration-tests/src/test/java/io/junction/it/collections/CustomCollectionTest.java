package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.custom.Base;
import io.junction.it.collections.custom.Basket;
import io.junction.it.collections.custom.ByKind;
import io.junction.it.collections.custom.Crate;
import io.junction.it.collections.custom.Fruit;
import io.junction.it.collections.custom.Fruits;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.QueryOptions;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A relationship held in a user-defined collection class (a {@code CustomCollection} subclass), in
 * both styles on H2 and PostgreSQL. Ported in part from SQLAlchemy test/orm/test_collection.py,
 * class CustomCollectionsTest (test_basic, test_custom, test_dict), and CollectionsTest's dict-like
 * classes (test_dict_subclass, test_dict_duck: a class keyed by an attribute of the member).
 */
class CustomCollectionTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table baskets = metadata.table("baskets", column("id", INTEGER).primaryKey());
        Table crates = metadata.table("crates", column("id", INTEGER).primaryKey());
        Table fruits = metadata.table("fruits",
                column("id", INTEGER).primaryKey(),
                column("basket_id", INTEGER).foreignKey("baskets.id"),
                column("kind", string(50)),
                column("crate_id", INTEGER).foreignKey("crates.id"));
        Registry registry = new Registry(metadata);
        registry.map(Basket.class, baskets, relationship("fruits", Fruit.class).cascade("all, delete-orphan").backref("basket"));
        registry.map(Crate.class, crates, relationship("fruits", Fruit.class).backref("crate"));
        registry.map(Fruit.class, fruits);
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

    private static List<String> kinds(Fruits fruits) {
        List<String> kinds = new ArrayList<>();
        fruits.forEach(f -> kinds.add(f.kind));
        return kinds;
    }

    /** test_basic: a new object's field holds the user's class, bound to the relationship. */
    @ParameterizedTest
    @EnumSource(Style.class)
    void testBasic(Style style) {
        MAPPING.activate(style);
        Basket basket = new Basket();
        assertThat(basket.fruits).isInstanceOf(Fruits.class);
        assertThat(basket.fruits.isBound()).isTrue();
        Fruit apple = basket.fruits.pick("apple");
        assertThat(apple.basket).as("the class's own method appended through add").isSameAs(basket);
        Fruit pear = new Fruit("pear");
        pear.basket = basket;
        assertThat(kinds(basket.fruits)).containsExactly("apple", "pear");
        basket.fruits.eat("apple");
        assertThat(apple.basket).isNull();
        assertThat(kinds(basket.fruits)).containsExactly("pear");
    }

    /** test_custom: appends through the appender, a flush, and a load that fills the collection through it. */
    @ParameterizedTest
    @MethodSource("cases")
    void testCustom(Style style, Database database) {
        Engine engine = fresh(style, database);
        Basket p1 = new Basket();
        List<Fruit> control = new ArrayList<>();
        for (String kind : List.of("apple", "pear", "plum")) {
            Fruit o = new Fruit(kind);
            control.add(o);
            p1.fruits.add(o);
            assertThat(new ArrayList<>(p1.fruits)).isEqualTo(control);
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(p1);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT baskets", "INSERT fruits");
        for (LoaderOption option : List.of(QueryOptions.lazyLoad("fruits"), QueryOptions.joinedLoad("fruits"),
                QueryOptions.selectinLoad("fruits"), QueryOptions.subqueryLoad("fruits"))) {
            try (Session session = new Session(engine)) {
                Basket p2 = session.query(Basket.class).options(option).one();
                assertThat(p2.fruits).isInstanceOf(Fruits.class).hasSize(3);
                assertThat(p2.fruits.find("pear")).isPresent();
                assertThat(p2.fruits.find("pear").get().basket).isSameAs(p2);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aRemovalThroughTheClassOrphansTheMember(Style style, Database database) {
        Engine engine = fresh(style, database);
        Basket basket = new Basket();
        basket.fruits.pick("apple");
        basket.fruits.pick("pear");
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(basket);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Basket loaded = session.get(Basket.class, basket.id);
            loaded.fruits.eat("apple");
            loaded.fruits.pick("fig");
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT fruits", "DELETE fruits");
        Table fruits = table("fruits");
        assertThat(strings(rows(engine, select(fruits.c("kind")).orderBy(fruits.c("id"))))).containsExactly("pear", "fig");
    }

    /** An object of another class, added through an unchecked view of the user's class, is refused before it is stored. */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberOfAnotherClassIsRefusedBeforeItIsStored(Style style, Database database) {
        Engine engine = fresh(style, database);
        Basket basket = new Basket();
        basket.fruits.pick("apple");
        @SuppressWarnings("unchecked")
        Collection<Object> unchecked = (Collection<Object>) (Collection<?>) basket.fruits;
        assertThatThrownBy(() -> unchecked.add(new Basket())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Basket.fruits' does not accept objects of class Basket "
                        + "(io.junction.it.collections.custom.Basket): it holds Fruit objects");
        assertThat(kinds(basket.fruits)).containsExactly("apple");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(basket);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT baskets", "INSERT fruits");
        assertThat(strings(rows(engine, select(table("baskets"))))).containsExactly("1");
        assertThat(strings(rows(engine, select(table("fruits"))))).containsExactly("1/1/apple/null");
    }

    private List<String> crateRows(Engine engine) {
        Table fruits = table("fruits");
        return strings(rows(engine, select(fruits.c("kind"), fruits.c("crate_id")).orderBy(fruits.c("id"))));
    }

    /**
     * CustomCollectionsTest.test_dict and CollectionsTest.test_dict_duck / test_dict_subclass: a
     * dict-like class whose appender keys each member by its kind and whose {@code set} replaces
     * (and so removes) the member the kind held; it lazy-loads through its appender and clears.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void testDictLikeClass(Style style, Database database) {
        Engine engine = fresh(style, database);
        Crate f = new Crate();
        assertThat(f.fruits).isInstanceOf(ByKind.class);
        f.fruits.set(new Fruit("apple"));
        f.fruits.set(new Fruit("pear"));
        Fruit plum = new Fruit("plum");
        plum.crate = f;                                      // a backref appends through the appender
        assertThat(f.fruits.kinds()).containsExactly("apple", "pear", "plum");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(f);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT crates", "INSERT fruits");
        Integer id = f.id;
        log.clear();
        try (Session session = new Session(engine)) {
            Crate loaded = session.get(Crate.class, id);
            assertThat(loaded.fruits).isInstanceOf(ByKind.class).hasSize(3);
            assertThat(loaded.fruits.kinds()).containsExactlyInAnyOrder("apple", "pear", "plum");
            Fruit oldApple = loaded.fruits.get("apple");
            Fruit newApple = new Fruit("apple");
            assertThat(loaded.fruits.set(newApple)).isSameAs(oldApple);
            assertThat(oldApple.crate).as("the replaced member was removed").isNull();
            assertThat(newApple.crate).isSameAs(loaded);
            assertThat(loaded.fruits).hasSize(3);
            session.commit();
        }
        // one mapper's updates go before its inserts, as in SQLAlchemy's save_obj
        assertThat(log.verbs()).containsExactly("SELECT crates", "SELECT fruits", "UPDATE fruits", "INSERT fruits");
        assertThat(crateRows(engine)).containsExactly("apple/null", "pear/" + id, "plum/" + id, "apple/" + id);
        log.clear();
        try (Session session = new Session(engine)) {
            Crate loaded = session.get(Crate.class, id);
            assertThat(loaded.fruits).hasSize(3);
            loaded.fruits.clear();
            assertThat(loaded.fruits).isEmpty();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT crates", "SELECT fruits", "UPDATE fruits");
        assertThat(log.statements().get(2).parameterSets()).hasSize(3);
        assertThat(crateRows(engine)).containsExactly("apple/null", "pear/null", "plum/null", "apple/null");
    }
}
