package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.Entry;
import io.junction.it.patterns.Models.Person;
import io.junction.it.patterns.Models.Widget;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's rows that point to themselves, and mutually dependent rows, written with {@code postUpdate}. */
class PostUpdateTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table WIDGET = METADATA.table("widget",
            column("widget_id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
    static final Table ENTRY = METADATA.table("entry",
            column("entry_id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("widget_id", INTEGER).foreignKey("widget.widget_id"));
    static final Table USER = METADATA.table("user",
            column("user_id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("related_user_id", INTEGER).foreignKey("user.user_id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Widget.class, WIDGET,
                relationship("entries", Entry.class).primaryJoin(WIDGET.c("widget_id").eq(ENTRY.c("widget_id")))
                        .cascade("all"),
                relationship("favoriteEntry", Entry.class)
                        .primaryJoin(WIDGET.c("favorite_entry_id").eq(ENTRY.c("entry_id"))).postUpdate(true));
        REGISTRY.map(Entry.class, ENTRY);
        REGISTRY.map(Person.class, USER,
                relationship("relatedUser", Person.class).remoteSide(USER.c("user_id")).postUpdate(true));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theWidgetIsInsertedWithoutItsFavouriteThenEntriesThenOneUpdate(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Widget widget = new Widget("somewidget");
            Entry entry = new Entry("someentry");
            widget.entries.add(entry);
            widget.entries.add(new Entry("other"));
            widget.favoriteEntry = entry;
            session.add(widget);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT widget", "INSERT entry", "UPDATE widget");
            assertThat(log.sql().get(0)).isEqualTo(database == Database.POSTGRESQL
                    ? "INSERT INTO widget (name) VALUES (?) RETURNING widget_id" : "INSERT INTO widget (name) VALUES (?)");
            assertThat(log.sql().get(2)).isEqualTo("UPDATE widget SET favorite_entry_id=? WHERE widget.widget_id = ?");

            session.delete(widget);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE widget", "DELETE entry", "DELETE widget");
            assertThat(log.statements().get(0).parameters()).startsWith((Object) null);
        }
        assertThat(rows(engine, select(ENTRY.c("entry_id")))).isEmpty();
    }

    /** As SQLAlchemy: the post-update that clears the reference goes out before the DELETE of the row it referred to. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void clearingTheFavouriteAndDeletingItInOneFlushUpdatesFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Widget widget = new Widget("somewidget");
            Entry entry = new Entry("someentry");
            widget.entries.add(entry);
            widget.entries.add(new Entry("other"));
            widget.favoriteEntry = entry;
            session.add(widget);
            session.commit();

            widget.favoriteEntry = null;
            session.delete(entry);
            log.clear();
            session.commit();
            assertThat(log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList())
                    .containsExactly("UPDATE widget", "DELETE entry");
            assertThat(log.statements().stream().filter(s -> s.sql().startsWith("UPDATE")).findFirst().orElseThrow()
                    .parameters()).containsExactly(null, widget.widgetId);
        }
        assertThat(strings(rows(engine, select(WIDGET.c("widget_id"), WIDGET.c("favorite_entry_id")))))
                .containsExactly("1/null");
        assertThat(strings(rows(engine, select(ENTRY.c("name"))))).containsExactly("other");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRowThatPointsToItselfIsInsertedThenUpdated(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Person ed = new Person("ed");
            ed.relatedUser = ed;
            session.add(ed);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"user\"", "UPDATE \"user\"");
        }
        assertThat(strings(rows(engine, select(USER.c("user_id"), USER.c("name"), USER.c("related_user_id")))))
                .containsExactly("1/ed/1");
    }

    @io.junction.orm.mapper.Mapped
    static class Shelf {
        Integer widgetId;
        String name;
        List<Item> entries = new java.util.ArrayList<>();
    }

    @io.junction.orm.mapper.Mapped
    static class Item {
        Integer entryId;
        String name;
        Integer widgetId;
    }

    static final Registry SHELVES = new Registry(METADATA);

    static {
        SHELVES.map(Shelf.class, WIDGET, relationship("entries", Item.class)
                .primaryJoin(WIDGET.c("widget_id").eq(ENTRY.c("widget_id"))).postUpdate(true));
        SHELVES.map(Item.class, ENTRY);
        SHELVES.configure();
    }

    /** As SQLAlchemy: deleting the parent of a post-update one-to-many first clears its members' foreign keys. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingTheParentOfAPostUpdateOneToManyClearsItsMembersFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf shelf = new Shelf();
            Item first = new Item();
            Item second = new Item();
            shelf.entries.add(first);
            shelf.entries.add(second);
            session.add(shelf);
            session.commit();

            session.delete(shelf);
            log.clear();
            session.commit();
            assertThat(log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList())
                    .containsExactly("UPDATE entry", "DELETE widget");
            assertThat(log.statements().stream().filter(s -> s.sql().startsWith("UPDATE")).findFirst().orElseThrow()
                    .parameterSets()).containsExactly(Arrays.asList(null, first.entryId), Arrays.asList(null, second.entryId));
        }
        assertThat(rows(engine, select(WIDGET.c("widget_id")))).isEmpty();
        assertThat(strings(rows(engine, select(ENTRY.c("entry_id"), ENTRY.c("widget_id")).orderBy(ENTRY.c("entry_id")))))
                .containsExactly("1/null", "2/null");
    }

    @io.junction.orm.mapper.Mapped
    static class Board {
        Integer widgetId;
        String name;
        Integer favoriteEntryId;
        List<Pin> entries = new java.util.ArrayList<>();
        Pin favoriteEntry;
    }

    @io.junction.orm.mapper.Mapped
    static class Pin {
        Integer entryId;
        String name;
        Integer widgetId;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCycleWithoutPostUpdateNamesTheRelationshipsAndSuggestsPostUpdate(Database database) {
        Engine engine = fresh(database);
        MetaData metadata = new MetaData();
        Table widget = metadata.table("widget", column("widget_id", INTEGER).primaryKey(), column("name", string(50)),
                column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
        Table entry = metadata.table("entry", column("entry_id", INTEGER).primaryKey(), column("name", string(50)),
                column("widget_id", INTEGER).foreignKey("widget.widget_id"));
        Registry registry = new Registry(metadata);
        registry.map(Board.class, widget,
                relationship("entries", Pin.class).primaryJoin(widget.c("widget_id").eq(entry.c("widget_id"))),
                relationship("favoriteEntry", Pin.class).primaryJoin(widget.c("favorite_entry_id").eq(entry.c("entry_id"))));
        registry.map(Pin.class, entry);
        try (Session session = new Session(engine)) {
            Board w = new Board();
            Pin e = new Pin();
            w.entries.add(e);
            w.favoriteEntry = e;
            session.add(w);
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("Board.entries").hasMessageContaining("Board.favoriteEntry")
                    .hasMessageContaining("postUpdate(true)");
            assertThat(session.contains(w)).isFalse();
            assertThat(session.contains(e)).isFalse();
        } finally {
            registry.dispose();
        }
        assertThat(rows(engine, select(WIDGET.c("widget_id")))).isEmpty();
    }
}
