package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.ordered.Alphabet;
import io.junction.it.collections.ordered.Base;
import io.junction.it.collections.ordered.Bullet;
import io.junction.it.collections.ordered.Card;
import io.junction.it.collections.ordered.Deck;
import io.junction.it.collections.ordered.Mark;
import io.junction.it.collections.ordered.Slide;
import io.junction.it.collections.ordered.Spiral;
import io.junction.it.collections.ordered.Stair;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.collection.OrderingList;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.QueryOptions;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.junction.orm.relationship.CollectionClass.orderingList;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lists whose members' positions are stored in a column (SQLAlchemy's orderinglist extension),
 * mapped classically and declaratively, on H2 and PostgreSQL. Ported from SQLAlchemy
 * test/ext/test_orderinglist.py, class OrderingListTest, where the test names say so; Junction
 * always numbers an appended member (SQLAlchemy's {@code reorder_on_append=True}), see differences.md.
 * test_append_no_reorder (that difference) and test_picklability (Python pickling) are not ported;
 * collections.md says why.
 */
class OrderingListTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table slides = metadata.table("slides",
                column("id", INTEGER).primaryKey(),
                column("name", string(128)));
        Table bullets = metadata.table("bullets",
                column("id", INTEGER).primaryKey(),
                column("slide_id", INTEGER).foreignKey("slides.id"),
                column("position", INTEGER),
                column("text", string(128)));
        Table decks = metadata.table("decks", column("id", INTEGER).primaryKey());
        Table cards = metadata.table("cards",
                column("id", INTEGER).primaryKey(),
                column("deck_id", INTEGER).foreignKey("decks.id"),
                column("position", INTEGER),
                column("face", string(20)));
        Table stairs = metadata.table("stairs", column("id", INTEGER).primaryKey());
        Table spirals = metadata.table("spirals", column("id", INTEGER).primaryKey());
        Table alphabets = metadata.table("alphabets", column("id", INTEGER).primaryKey());
        Table marks = metadata.table("marks",
                column("id", INTEGER).primaryKey(),
                column("stair_id", INTEGER).foreignKey("stairs.id"),
                column("spiral_id", INTEGER).foreignKey("spirals.id"),
                column("alphabet_id", INTEGER).foreignKey("alphabets.id"),
                column("position", INTEGER),
                column("fib", INTEGER),
                column("letter", string(5)),
                column("name", string(20)));
        Registry registry = new Registry(metadata);
        registry.map(Slide.class, slides, relationship("bullets", Bullet.class).backref("slide")
                .collection(orderingList("position")));
        registry.map(Bullet.class, bullets);
        registry.map(Deck.class, decks, relationship("cards", Card.class).cascade("all, delete-orphan")
                .collection(orderingList("position").countFrom(1)));
        registry.map(Card.class, cards);
        registry.map(Stair.class, stairs, relationship("marks", Mark.class)
                .collection(orderingList("position").numberedBy(new Stair.StepOfTwo())));
        registry.map(Spiral.class, spirals, relationship("marks", Mark.class)
                .collection(orderingList("fib").numberedBy(new Spiral.Fibonacci())));
        registry.map(Alphabet.class, alphabets, relationship("marks", Mark.class)
                .collection(orderingList("letter").numberedBy(new Alphabet.Letters())));
        registry.map(Mark.class, marks);
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

    private static List<Integer> positions(List<Bullet> bullets) {
        return bullets.stream().map(b -> b.position).toList();
    }

    private static List<String> texts(List<Bullet> bullets) {
        return bullets.stream().map(b -> b.text).toList();
    }

    private static Integer save(Engine engine, Object owner) {
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(owner);
            session.commit();
        }
        return owner instanceof Slide s ? s.id : ((Deck) owner).id;
    }

    /** test_append_reorder (count_from=1): each append is numbered, a position set by hand included. */
    @ParameterizedTest
    @MethodSource("cases")
    void testAppendReorder(Style style, Database database) {
        Engine engine = fresh(style, database);
        Deck deck = new Deck();
        assertThat(deck.cards).isInstanceOf(OrderingList.class).isEmpty();
        deck.cards.add(new Card("s1/b1"));
        assertThat(deck.cards.get(0).position).isEqualTo(1);
        deck.cards.add(new Card("s1/b2"));
        Card hundred = new Card("s1/b100");
        hundred.position = 100;
        deck.cards.add(hundred);
        deck.cards.add(new Card("s1/b4"));
        assertThat(deck.cards).extracting(c -> c.position).containsExactly(1, 2, 3, 4);
        ((OrderingList<Card>) deck.cards).reorder();
        assertThat(deck.cards).extracting(c -> c.position).containsExactly(1, 2, 3, 4);
        Integer id = save(engine, deck);
        try (Session session = new Session(engine)) {
            Deck loaded = session.get(Deck.class, id);
            assertThat(loaded.cards).extracting(c -> c.face).containsExactly("s1/b1", "s1/b2", "s1/b100", "s1/b4");
        }
    }

    /** test_insert */
    @ParameterizedTest
    @MethodSource("cases")
    void testInsert(Style style, Database database) {
        Engine engine = fresh(style, database);
        Slide s1 = new Slide("Slide #1");
        for (String text : List.of("1", "2", "3", "4")) {
            s1.bullets.add(new Bullet(text));
        }
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2, 3);
        s1.bullets.add(2, new Bullet("insert_at_2"));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2, 3, 4);
        assertThat(texts(s1.bullets)).containsExactly("1", "2", "insert_at_2", "3", "4");
        s1.bullets.add(new Bullet("999"));      // Python's insert(999, ...) appends
        assertThat(s1.bullets).hasSize(6);
        assertThat(s1.bullets.get(5).position).isEqualTo(5);
        Integer id = save(engine, s1);
        try (Session session = new Session(engine)) {
            Slide srt = session.get(Slide.class, id);
            assertThat(texts(srt.bullets)).containsExactly("1", "2", "insert_at_2", "3", "4", "999");
            assertThat(positions(srt.bullets)).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    /** test_slice, with subList for Python's slice assignment and deletion. */
    @ParameterizedTest
    @MethodSource("cases")
    void testSlice(Style style, Database database) {
        Engine engine = fresh(style, database);
        List<Bullet> b = new ArrayList<>();
        for (String text : List.of("1", "2", "3", "4", "5", "6")) {
            b.add(new Bullet(text));
        }
        Slide s1 = new Slide("Slide #1");
        s1.bullets.addAll(b.subList(0, 3));                     // 1, 2, 3
        assertThat(s1.bullets).containsExactly(b.get(0), b.get(1), b.get(2));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2);
        s1.bullets.subList(1, 2).clear();                       // s1.bullets[1:2] = b[3:6]
        s1.bullets.addAll(1, b.subList(3, 6));
        assertThat(s1.bullets).containsExactly(b.get(0), b.get(3), b.get(4), b.get(5), b.get(2));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2, 3, 4);
        s1.bullets.subList(1, 3).clear();                       // del s1.bullets[1:3]
        assertThat(s1.bullets).containsExactly(b.get(0), b.get(5), b.get(2));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2);
        Integer id = save(engine, s1);
        try (Session session = new Session(engine)) {
            Slide srt = session.get(Slide.class, id);
            assertThat(texts(srt.bullets)).containsExactly("1", "6", "3");
            assertThat(positions(srt.bullets)).containsExactly(0, 1, 2);
        }
    }

    /** test_replace */
    @ParameterizedTest
    @MethodSource("cases")
    void testReplace(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id;
        try (Session session = new Session(engine)) {
            Slide s1 = new Slide("Slide #1");
            s1.bullets = new ArrayList<>(List.of(new Bullet("1"), new Bullet("2"), new Bullet("3")));
            assertThat(s1.bullets).hasSize(3);
            assertThat(s1.bullets.get(2).position).isEqualTo(2);
            session.add(s1);
            session.flush();
            Bullet newBullet = new Bullet("new 2");
            assertThat(newBullet.position).isNull();
            s1.bullets.set(1, newBullet);
            assertThat(newBullet.position).isEqualTo(1);
            assertThat(s1.bullets).hasSize(3);
            id = s1.id;
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Slide srt = session.get(Slide.class, id);
            assertThat(texts(srt.bullets)).containsExactly("1", "new 2", "3");
        }
    }

    /** test_replace_two: assigning a list numbers its members. */
    @ParameterizedTest
    @MethodSource("cases")
    void testReplaceTwo(Style style, Database database) {
        MAPPING.activate(style);
        Slide s1 = new Slide("Slide #1");
        Bullet b1 = new Bullet("1");
        Bullet b2 = new Bullet("2");
        Bullet b3 = new Bullet("3");
        Bullet b4 = new Bullet("4");
        s1.bullets = new ArrayList<>(List.of(b1, b2, b3));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2);
        s1.bullets = new ArrayList<>(List.of(b4, b2, b1));
        assertThat(positions(s1.bullets)).containsExactly(0, 1, 2);
        assertThat(b3.slide).isNull();
    }

    private Integer deckOf(Engine engine, String... faces) {
        Deck deck = new Deck();
        for (String face : faces) {
            deck.cards.add(new Card(face));
        }
        return save(engine, deck);
    }

    private List<String> cardRows(Engine engine) {
        Table cards = table("cards");
        return strings(rows(engine, select(cards.c("face"), cards.c("position")).orderBy(cards.c("position"))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void movingAMemberUpdatesExactlyTheRowsWhosePositionChanged(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = deckOf(engine, "A", "B", "C", "D");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Deck deck = session.get(Deck.class, id);
            deck.cards.add(1, deck.cards.remove(2));            // A C B D
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("UPDATE cards");
        assertThat(log.statements().get(0).parameterSets()).hasSize(2);
        assertThat(cardRows(engine)).containsExactly("A/1", "C/2", "B/3", "D/4");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void removingAnOrphanDeletesItAndRenumbersTheRest(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = deckOf(engine, "A", "B", "C");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Deck deck = session.get(Deck.class, id);
            deck.cards.remove(0);
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("UPDATE cards", "DELETE cards");
        assertThat(cardRows(engine)).containsExactly("B/1", "C/2");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sortingRenumbers(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = deckOf(engine, "B", "C", "A");
        try (Session session = new Session(engine)) {
            Deck deck = session.get(Deck.class, id);
            deck.cards.sort(Comparator.comparing(card -> card.face));
            session.commit();
        }
        assertThat(cardRows(engine)).containsExactly("A/1", "B/2", "C/3");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aBackrefAppendsAtTheEndWithItsPositionLoadedOrNot(Style style, Database database) {
        Engine engine = fresh(style, database);
        Slide slide = new Slide("s");
        slide.bullets.add(new Bullet("first"));
        Integer id = save(engine, slide);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Slide loaded = session.get(Slide.class, id);
            Bullet late = new Bullet("by backref, not loaded");
            late.slide = loaded;                             // loads the list first, to number the new member after it
            assertThat(log.verbs()).containsExactly("SELECT slides", "SELECT bullets");
            assertThat(late.position).isEqualTo(1);
            session.add(late);
            assertThat(texts(loaded.bullets)).containsExactly("first", "by backref, not loaded");
            Bullet loadedOne = new Bullet("by backref, loaded");
            loadedOne.slide = loaded;
            session.add(loadedOne);
            assertThat(positions(loaded.bullets)).containsExactly(0, 1, 2);
            session.commit();
        }
        Table bullets = table("bullets");
        assertThat(strings(rows(engine, select(bullets.c("text"), bullets.c("position")).orderBy(bullets.c("id")))))
                .containsExactly("first/0", "by backref, not loaded/1", "by backref, loaded/2");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyLoaderOrdersByThePositionColumn(Style style, Database database) {
        Engine engine = fresh(style, database);
        Table slides = table("slides");
        Table bullets = table("bullets");
        try (var connection = engine.connect()) {
            connection.execute(insert(slides).values(java.util.Map.of("id", 1, "name", "s")));
            connection.execute(insert(bullets).values(java.util.Map.of("id", 1, "slide_id", 1, "position", 2, "text", "third")));
            connection.execute(insert(bullets).values(java.util.Map.of("id", 2, "slide_id", 1, "position", 0, "text", "first")));
            connection.execute(insert(bullets).values(java.util.Map.of("id", 3, "slide_id", 1, "position", 1, "text", "second")));
            connection.commit();
        }
        for (LoaderOption option : List.of(QueryOptions.lazyLoad("bullets"), QueryOptions.joinedLoad("bullets"),
                QueryOptions.selectinLoad("bullets"), QueryOptions.subqueryLoad("bullets"))) {
            try (Session session = new Session(engine)) {
                Slide slide = session.query(Slide.class).options(option).one();
                assertThat(texts(slide.bullets)).as(option.toString()).containsExactly("first", "second", "third");
            }
        }
    }

    /**
     * An object of another class than Card, inserted or set through an unchecked view, is refused
     * before the list or any member's position changes.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberOfAnotherClassIsRefusedBeforeAnyPositionChanges(Style style, Database database) {
        Engine engine = fresh(style, database);
        Deck deck = new Deck();
        deck.cards.add(new Card("ace"));
        deck.cards.add(new Card("king"));
        Bullet bullet = new Bullet("not a card");
        @SuppressWarnings("unchecked")
        List<Object> unchecked = (List<Object>) (List<?>) deck.cards;
        assertThatThrownBy(() -> unchecked.add(0, bullet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Deck.cards' does not accept objects of class Bullet "
                        + "(io.junction.it.collections.ordered.Bullet): it holds Card objects");
        assertThatThrownBy(() -> unchecked.set(1, "queen")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Deck.cards' does not accept objects of class String");
        assertThat(deck.cards).extracting(c -> c.face).containsExactly("ace", "king");
        assertThat(deck.cards).extracting(c -> c.position).containsExactly(1, 2);
        assertThat(bullet.position).isNull();
        SqlLog log = new SqlLog(engine);
        save(engine, deck);
        assertThat(log.verbs()).containsExactly("INSERT decks", "INSERT cards");
        assertThat(strings(rows(engine, select(table("cards")).orderBy(table("cards").c("id")))))
                .containsExactly("1/1/1/ace", "2/1/2/king");
        assertThat(rows(engine, select(table("bullets")))).isEmpty();
    }

    /**
     * test_funky_ordering: positions given by a function of the index and the list (SQLAlchemy's
     * ordering_func) — steps of two, Fibonacci-like, letters — kept on insert, flushed and loaded in order.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void testFunkyOrdering(Style style, Database database) {
        Engine engine = fresh(style, database);
        Stair stepped = new Stair();
        for (int i = 0; i < 4; i++) {
            stepped.marks.add(new Mark("s" + i));
        }
        assertThat(stepped.marks).extracting(m -> m.position).containsExactly(0, 2, 4, 6);

        Spiral fibbed = new Spiral();
        for (int i = 0; i < 5; i++) {
            fibbed.marks.add(new Mark("f" + i));
        }
        assertThat(fibbed.marks).extracting(m -> m.fib).containsExactly(1, 2, 3, 5, 8);
        fibbed.marks.add(2, new Mark("f-at-2"));
        fibbed.marks.add(4, new Mark("f-at-4"));
        fibbed.marks.add(6, new Mark("f-at-6"));
        assertThat(fibbed.marks).extracting(m -> m.fib).containsExactly(1, 2, 3, 5, 8, 13, 21, 34);

        Alphabet alpha = new Alphabet();
        alpha.marks.add(new Mark("a0"));
        alpha.marks.add(new Mark("a1"));
        alpha.marks.add(new Mark("a2"));
        alpha.marks.add(1, new Mark("a-at-1"));
        assertThat(alpha.marks).extracting(m -> m.letter).containsExactly("A", "B", "C", "D");

        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(stepped);
            session.add(fibbed);
            session.add(alpha);
            session.commit();
        }
        assertThat(log.verbs()).as("one INSERT per shape of row: each owner's marks fill other columns")
                .containsExactly("INSERT stairs", "INSERT spirals", "INSERT alphabets", "INSERT marks", "INSERT marks",
                        "INSERT marks");
        Table marks = table("marks");
        assertThat(strings(rows(engine, select(marks.c("name"), marks.c("fib")).where(marks.c("spiral_id").isNotNull())
                .orderBy(marks.c("fib")))))
                .containsExactly("f0/1", "f1/2", "f-at-2/3", "f2/5", "f-at-4/8", "f3/13", "f-at-6/21", "f4/34");
        try (Session session = new Session(engine)) {
            Alphabet loaded = session.get(Alphabet.class, alpha.id);
            assertThat(loaded.marks).extracting(m -> m.name + "=" + m.letter)
                    .containsExactly("a0=A", "a-at-1=B", "a1=C", "a2=D");
            Stair loadedStair = session.get(Stair.class, stepped.id);
            loadedStair.marks.remove(0);
            session.commit();
        }
        assertThat(strings(rows(engine, select(marks.c("name"), marks.c("position")).where(marks.c("stair_id").isNotNull())
                .orderBy(marks.c("position"))))).containsExactly("s1/0", "s2/2", "s3/4");
    }
}
