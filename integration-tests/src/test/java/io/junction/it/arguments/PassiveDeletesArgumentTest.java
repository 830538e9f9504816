package io.junction.it.arguments;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.arguments.model.Author;
import io.junction.it.arguments.model.Book;
import io.junction.it.arguments.model.Comment;
import io.junction.it.arguments.model.Ledger;
import io.junction.it.arguments.model.Post;
import io.junction.it.arguments.model.Shelf;
import io.junction.it.support.Database;
import io.junction.it.support.MappingDescription;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code passiveDeletes}: deleting an author with 5 posts and 40 comments, none loaded, is one
 * SELECT and one DELETE, the database's {@code ON DELETE CASCADE} removing the 45 other rows
 * (without the option the flush loads every post and comment to delete it); {@code SET NULL}
 * leaves the members to the database the same way; {@code ALL} never clears a key.
 */
class PassiveDeletesArgumentTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return Mapping.MAPPING;
    }

    @Test
    void bothStylesConfigureTheSame() {
        assertThat(description(Style.DECLARATIVE)).isEqualTo(description(Style.CLASSICAL));
    }

    private String description(Style style) {
        return MappingDescription.of(mapping().activate(style));
    }

    private Integer authorWithPosts(Engine engine) {
        try (Session session = new Session(engine)) {
            Author author = new Author("ann");
            for (int p = 1; p <= 5; p++) {
                Post post = new Post("post " + p);
                for (int c = 1; c <= 8; c++) {
                    post.comments.add(new Comment("comment " + p + "." + c));
                }
                author.posts.add(post);
            }
            session.add(author);
            session.commit();
            return author.id;
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deletingAnAuthorLeavesPostsAndCommentsToTheDatabase(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = authorWithPosts(engine);
        assertThat(rows(engine, select(table("posts")))).hasSize(5);
        assertThat(rows(engine, select(table("comments")))).hasSize(40);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Author author = session.get(Author.class, id);
            session.delete(author);
            session.commit();
        }
        assertThat(log.sql()).containsExactly(
                "SELECT authors.id AS authors_id, authors.name AS authors_name FROM authors WHERE authors.id = ?",
                "DELETE FROM authors WHERE authors.id = ?");
        assertThat(log.statements().get(1).parameters()).containsExactly(id);
        assertThat(rows(engine, select(table("authors")))).isEmpty();
        assertThat(rows(engine, select(table("posts")))).isEmpty();
        assertThat(rows(engine, select(table("comments")))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void loadedPostsAreDeletedAndTheirUnloadedCommentsLeftToTheDatabase(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer id = authorWithPosts(engine);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Author author = session.get(Author.class, id);
            assertThat(author.posts).hasSize(5);
            log.clear();
            session.delete(author);
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("DELETE posts", "DELETE authors");
        assertThat(log.statements().get(0).parameterSets()).hasSize(5);
        assertThat(rows(engine, select(table("posts")))).isEmpty();
        assertThat(rows(engine, select(table("comments")))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void setNullLeftToTheDatabase(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer shelfId;
        try (Session session = new Session(engine)) {
            Shelf shelf = new Shelf();
            shelf.books.add(new Book());
            shelf.books.add(new Book());
            session.add(shelf);
            session.commit();
            shelfId = shelf.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Shelf.class, shelfId));
            session.commit();
        }
        assertThat(log.verbs()).containsExactly("SELECT shelves", "DELETE shelves");
        assertThat(strings(rows(engine, select(table("books").c("shelf_id"))))).containsExactly("null", "null");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void loadedBooksAreTakenOffByTheFlush(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer shelfId;
        try (Session session = new Session(engine)) {
            Shelf shelf = new Shelf();
            shelf.books.add(new Book());
            session.add(shelf);
            session.commit();
            shelfId = shelf.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf shelf = session.get(Shelf.class, shelfId);
            Book book = shelf.books.get(0);
            log.clear();
            session.delete(shelf);
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE books SET shelf_id=? WHERE books.id = ?",
                    "DELETE FROM shelves WHERE shelves.id = ?");
            assertThat(book.shelfId).isNull();
            session.commit();
        }
        assertThat(strings(rows(engine, select(table("books").c("shelf_id"))))).containsExactly("null");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void allNeverClearsAKeySoTheDatabaseRefusesTheDelete(Style style, Database database) {
        Engine engine = fresh(style, database);
        Integer shelfId;
        try (Session session = new Session(engine)) {
            Shelf shelf = new Shelf();
            shelf.ledgers.add(new Ledger());
            session.add(shelf);
            session.commit();
            shelfId = shelf.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Shelf shelf = session.get(Shelf.class, shelfId);
            Ledger ledger = shelf.ledgers.get(0);
            log.clear();
            session.delete(shelf);
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);
            assertThat(log.verbs()).containsExactly("DELETE shelves");
            session.rollback();
            assertThat(ledger.shelfId).isEqualTo(shelfId);
        }
        assertThat(rows(engine, select(table("shelves")))).hasSize(1);
        assertThat(strings(rows(engine, select(table("ledgers").c("shelf_id"))))).containsExactly(String.valueOf(shelfId));
    }
}
