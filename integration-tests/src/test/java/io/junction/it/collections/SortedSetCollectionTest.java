package io.junction.it.collections;

import io.junction.engine.Engine;
import io.junction.it.collections.sorted.Base;
import io.junction.it.collections.sorted.Library;
import io.junction.it.collections.sorted.Playlist;
import io.junction.it.collections.sorted.Song;
import io.junction.it.collections.sorted.Volume;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.collection.InstrumentedSortedSet;
import io.junction.orm.loading.LoaderOption;
import io.junction.orm.loading.QueryOptions;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.SortedSet;

import static io.junction.orm.relationship.CollectionClass.sorted;
import static io.junction.orm.relationship.CollectionClass.sortedBy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Relationships held in a {@code SortedSet}, in natural order and by a comparator, in both styles on H2 and PostgreSQL. */
class SortedSetCollectionTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table libraries = metadata.table("libraries", column("id", INTEGER).primaryKey());
        Table volumes = metadata.table("volumes",
                column("id", INTEGER).primaryKey(),
                column("library_id", INTEGER).foreignKey("libraries.id"),
                column("title", string(50)));
        Table playlists = metadata.table("playlists", column("id", INTEGER).primaryKey());
        Table songs = metadata.table("songs",
                column("id", INTEGER).primaryKey(),
                column("playlist_id", INTEGER).foreignKey("playlists.id"),
                column("title", string(50)),
                column("rating", INTEGER));
        Registry registry = new Registry(metadata);
        registry.map(Library.class, libraries, relationship("volumes", Volume.class).cascade("all, delete-orphan")
                .backref("library").collection(sorted()));
        registry.map(Volume.class, volumes);
        registry.map(Playlist.class, playlists, relationship("songs", Song.class).cascade("all, delete-orphan")
                .collection(sortedBy(new Playlist.BestFirst())));
        registry.map(Song.class, songs);
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

    private static List<String> titles(Iterable<Volume> volumes) {
        return java.util.stream.StreamSupport.stream(volumes.spliterator(), false).map(v -> v.title).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void membersKeepTheirNaturalOrderInMemoryAndWhenLoaded(Style style, Database database) {
        Engine engine = fresh(style, database);
        Library library = new Library();
        library.volumes.add(new Volume("Moby Dick"));
        library.volumes.add(new Volume("Emma"));
        Volume ulysses = new Volume("Ulysses");
        ulysses.library = library;                               // the backref adds it in its place
        assertThat(library.volumes).isInstanceOf(InstrumentedSortedSet.class);
        assertThat(titles(library.volumes)).containsExactly("Emma", "Moby Dick", "Ulysses");
        assertThat(library.volumes.first().title).isEqualTo("Emma");
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(library);
            session.commit();
            id = library.id;
        }
        assertThat(log.verbs()).containsExactly("INSERT libraries", "INSERT volumes");
        for (LoaderOption option : List.of(QueryOptions.lazyLoad("volumes"), QueryOptions.joinedLoad("volumes"),
                QueryOptions.selectinLoad("volumes"), QueryOptions.subqueryLoad("volumes"))) {
            try (Session session = new Session(engine)) {
                Library loaded = session.query(Library.class).options(option).one();
                assertThat(loaded.volumes).isInstanceOf(InstrumentedSortedSet.class);
                assertThat(titles(loaded.volumes)).as(option.toString()).containsExactly("Emma", "Moby Dick", "Ulysses");
                assertThat(loaded.id).isEqualTo(id);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void removingAMemberOrphansItAndAnEqualOneIsNotAddedTwice(Style style, Database database) {
        Engine engine = fresh(style, database);
        Library library = new Library();
        library.volumes.add(new Volume("Emma"));
        library.volumes.add(new Volume("Ulysses"));
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(library);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Library loaded = session.get(Library.class, library.id);
            assertThat(loaded.volumes.add(new Volume("Emma"))).as("a second Emma compares equal").isFalse();
            Volume emma = loaded.volumes.first();
            assertThat(loaded.volumes.remove(emma)).isTrue();
            assertThat(emma.library).isNull();
            log.clear();
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("DELETE volumes");
        Table volumes = table("volumes");
        assertThat(strings(rows(engine, select(volumes.c("title")).orderBy(volumes.c("id"))))).containsExactly("Ulysses");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aComparatorOrdersTheMembers(Style style, Database database) {
        Engine engine = fresh(style, database);
        Playlist playlist = new Playlist();
        playlist.songs.add(new Song("b", 3));
        playlist.songs.add(new Song("a", 3));
        playlist.songs.add(new Song("z", 5));
        assertThat(playlist.songs).extracting(s -> s.title).containsExactly("z", "a", "b");
        assertThat(playlist.songs.headSet(playlist.songs.last())).extracting(s -> s.title).containsExactly("z", "a");
        try (Session session = new Session(engine).expireOnCommit(false)) {
            session.add(playlist);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Playlist loaded = session.get(Playlist.class, playlist.id);
            assertThat(loaded.songs).extracting(s -> s.title).containsExactly("z", "a", "b");
            loaded.songs.clear();
            session.commit();
        }
        assertThat(rows(engine, select(table("songs").c("id")))).isEmpty();
    }

    /**
     * An object of another class, which the set's order could not even compare with its members,
     * is refused with the relationship's message, in natural order and by a comparator alike.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aMemberOfAnotherClassIsRefusedBeforeTheOrderComparesIt(Style style, Database database) {
        Engine engine = fresh(style, database);
        Library library = new Library();
        library.volumes.add(new Volume("Emma"));
        Playlist playlist = new Playlist();
        playlist.songs.add(new Song("Blue", 5));
        @SuppressWarnings("unchecked")
        SortedSet<Object> volumes = (SortedSet<Object>) (SortedSet<?>) library.volumes;
        @SuppressWarnings("unchecked")
        SortedSet<Object> songs = (SortedSet<Object>) (SortedSet<?>) playlist.songs;
        assertThatThrownBy(() -> volumes.add(new Song("Red", 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Library.volumes' does not accept objects of class Song "
                        + "(io.junction.it.collections.sorted.Song): it holds Volume objects");
        assertThatThrownBy(() -> songs.add(new Volume("Ulysses"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Attribute 'Playlist.songs' does not accept objects of class Volume "
                        + "(io.junction.it.collections.sorted.Volume): it holds Song objects");
        assertThat(titles(library.volumes)).containsExactly("Emma");
        assertThat(playlist.songs).extracting(s -> s.title).containsExactly("Blue");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.addAll(List.of(library, playlist));
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("INSERT libraries", "INSERT playlists", "INSERT volumes", "INSERT songs");
        assertThat(strings(rows(engine, select(table("volumes"))))).containsExactly("1/1/Emma");
        assertThat(strings(rows(engine, select(table("songs"))))).containsExactly("1/1/Blue/5");
    }
}
