package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.backrefs.Base;
import io.junction.it.collections.backrefs.Board;
import io.junction.it.collections.backrefs.Pin;
import io.junction.it.collections.backrefs.Sticker;
import io.junction.it.collections.backrefs.Task;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.collection.InstrumentedMap;
import io.junction.orm.collection.InstrumentedSortedSet;
import io.junction.orm.collection.OrderingList;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.CollectionClass.orderingList;
import static io.junction.orm.relationship.CollectionClass.sortedBy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backref that is a {@code Map}, an ordering list or a {@code SortedSet}, declared on the
 * member's many-to-one: classically {@code backref("pins").collection(keyedBy("label"))}, and
 * declaratively {@code @Backref(name = "pins", mapKey = @MapKey("label"))} (likewise
 * {@code orderColumn} and {@code sortedBy}), on H2 and PostgreSQL.
 */
class BackrefCollectionTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table boards = metadata.table("boards", column("id", INTEGER).primaryKey());
        Table pins = metadata.table("pins",
                column("id", INTEGER).primaryKey(),
                column("board_id", INTEGER).foreignKey("boards.id"),
                column("label", string(30)));
        Table tasks = metadata.table("tasks",
                column("id", INTEGER).primaryKey(),
                column("board_id", INTEGER).foreignKey("boards.id"),
                column("position", INTEGER),
                column("title", string(30)));
        Table stickers = metadata.table("stickers",
                column("id", INTEGER).primaryKey(),
                column("board_id", INTEGER).foreignKey("boards.id"),
                column("name", string(30)));
        Registry registry = new Registry(metadata);
        registry.map(Board.class, boards);
        registry.map(Pin.class, pins, relationship("board", Board.class)
                .backref(backref("pins").cascade("all, delete-orphan").collection(keyedBy("label"))));
        registry.map(Task.class, tasks, relationship("board", Board.class)
                .backref(backref("tasks").collection(orderingList("position").countFrom(1))));
        registry.map(Sticker.class, stickers, relationship("board", Board.class)
                .backref(backref("stickers").collection(sortedBy(new Sticker.ByName()))));
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

    private static Integer save(Engine engine, Board board) {
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(board);
            session.commit();
        }
        return board.id;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aMapBackrefKeysItsMembersFromEitherSide(Style style, Database database) {
        Engine engine = fresh(style, database);
        Board board = new Board();
        assertThat(board.pins).isInstanceOf(InstrumentedMap.class);
        Pin a = new Pin("a");
        board.pins.put("a", a);
        assertThat(a.board).isSameAs(board);
        Pin b = new Pin("b");
        b.board = board;
        assertThat(board.pins).containsOnlyKeys("a", "b").containsEntry("b", b);
        SqlLog log = new SqlLog(engine);
        Integer id = save(engine, board);
        assertThat(log.verbs()).containsExactly("INSERT boards", "INSERT pins");
        log.clear();
        try (Session session = new Session(engine)) {
            Board loaded = session.get(Board.class, id);
            assertThat(loaded.pins).containsOnlyKeys("a", "b");
            assertThat(loaded.pins.get("a").label).isEqualTo("a");
            loaded.pins.remove("a");
            session.commit();
        }
        assertThat(log.verbs()).as("the removed pin is an orphan of the backref's cascade")
                .containsExactly("SELECT boards", "SELECT pins", "DELETE pins");
        Table pins = table("pins");
        assertThat(strings(rows(engine, select(pins.c("label"), pins.c("board_id")).orderBy(pins.c("id")))))
                .containsExactly("b/" + id);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anOrderingListBackrefNumbersItsMembers(Style style, Database database) {
        Engine engine = fresh(style, database);
        Board board = new Board();
        assertThat(board.tasks).isInstanceOf(OrderingList.class);
        board.tasks.add(new Task("write"));
        board.tasks.add(new Task("test"));
        Task first = new Task("plan");
        board.tasks.add(0, first);
        assertThat(first.board).isSameAs(board);
        Task last = new Task("ship");
        last.board = board;
        assertThat(board.tasks).extracting(t -> t.title + "=" + t.position)
                .containsExactly("plan=1", "write=2", "test=3", "ship=4");
        Integer id = save(engine, board);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Board loaded = session.get(Board.class, id);
            assertThat(loaded.tasks).extracting(t -> t.title).containsExactly("plan", "write", "test", "ship");
            loaded.tasks.add(1, loaded.tasks.remove(3));
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT boards", "SELECT tasks", "UPDATE tasks");
        assertThat(log.statements().get(2).parameterSets()).as("the three moved rows").hasSize(3);
        Table tasks = table("tasks");
        assertThat(strings(rows(engine, select(tasks.c("title"), tasks.c("position")).orderBy(tasks.c("position")))))
                .containsExactly("plan/1", "ship/2", "write/3", "test/4");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aSortedSetBackrefKeepsTheComparatorsOrder(Style style, Database database) {
        Engine engine = fresh(style, database);
        Board board = new Board();
        assertThat(board.stickers).isInstanceOf(InstrumentedSortedSet.class);
        board.stickers.add(new Sticker("moon"));
        Sticker star = new Sticker("star");
        star.board = board;
        board.stickers.add(new Sticker("apple"));
        assertThat(board.stickers).extracting(s -> s.name).containsExactly("apple", "moon", "star");
        Integer id = save(engine, board);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Board loaded = session.get(Board.class, id);
            assertThat(loaded.stickers).isInstanceOf(InstrumentedSortedSet.class)
                    .extracting(s -> s.name).containsExactly("apple", "moon", "star");
            Sticker comet = new Sticker("comet");
            comet.board = loaded;
            session.add(comet);
            assertThat(List.copyOf(loaded.stickers)).extracting(s -> s.name).containsExactly("apple", "comet", "moon", "star");
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT boards", "SELECT stickers", "INSERT stickers");
        Table stickers = table("stickers");
        assertThat(strings(rows(engine, select(stickers.c("name"), stickers.c("board_id")).orderBy(stickers.c("name")))))
                .containsExactly("apple/" + id, "comet/" + id, "moon/" + id, "star/" + id);
    }
}
