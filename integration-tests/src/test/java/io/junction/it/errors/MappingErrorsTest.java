package io.junction.it.errors;

import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.RelationshipException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mapping mistakes are refused with a message that names the class, the attribute and the fix. */
class MappingErrorsTest {
    private final MetaData metadata = new MetaData();
    private final Registry registry = new Registry(metadata);
    private final Table author = metadata.table("author", column("id", INTEGER).primaryKey());
    private final Table book = metadata.table("book", column("id", INTEGER).primaryKey(),
            column("author_id", INTEGER).foreignKey("author.id"), column("title", string(50)));
    private final Table account = metadata.table("account", column("id", INTEGER).primaryKey());
    private final Table transfer = metadata.table("transfer", column("id", INTEGER).primaryKey(),
            column("from_id", INTEGER).foreignKey("account.id"), column("to_id", INTEGER).foreignKey("account.id"));
    private final Table shelf = metadata.table("shelf", column("id", INTEGER).primaryKey());

    @AfterEach
    void forget() {
        registry.dispose();
    }

    @Test
    void aRelationshipBetweenTablesWithoutAForeignKeyNamesBothTablesAndTheOptions() {
        registry.map(Shelf.class, shelf, relationship("authors", Author.class));
        registry.map(Author.class, author);
        assertThatThrownBy(registry::configure).isInstanceOf(RelationshipException.class)
                .hasMessageContaining("Shelf.authors")
                .hasMessageContaining("no foreign key links table 'shelf' and table 'author'")
                .hasMessageContaining("primaryJoin(...) with foreignKeys(...)");
    }

    @Test
    void aCollectionFieldOfAnotherClassThanTheTargetIsRefused() {
        registry.map(Author.class, author, relationship("transfers", Book.class));
        registry.map(Book.class, book);
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Author.transfers holds Book objects")
                .hasMessageContaining("List<Transfer>")
                .hasMessageContaining("declare it as List<Book>, or point the relationship at Transfer.class");
    }

    @Test
    void severalForeignKeysToTheSameTableAskWhichOne() {
        registry.map(Account.class, account, relationship("transfers", Transfer.class));
        registry.map(Transfer.class, transfer);
        assertThatThrownBy(registry::configure).isInstanceOf(RelationshipException.class)
                .hasMessageContaining("Account.transfers")
                .hasMessageContaining("several foreign keys")
                .hasMessageContaining("foreignKeys(...)");
    }

    @Test
    void foreignKeysPicksOneOfSeveral() {
        registry.map(Account.class, account, relationship("transfers", Transfer.class).foreignKeys(transfer.c("from_id")));
        registry.map(Transfer.class, transfer);
        registry.configure();
    }

    @Test
    void aCollectionFieldForAManyToOneIsRefused() {
        registry.map(Book.class, book, relationship("authors", Author.class));
        registry.map(Author.class, author);
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Book.authors refers to one Author (many-to-one) but its field is a List")
                .hasMessageContaining("declare it as Author");
    }

    @Test
    void aScalarFieldForAOneToManyIsRefused() {
        registry.map(Book.class, book);
        registry.map(Author.class, author, relationship("title", Book.class));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Author.title is a collection (one-to-many) but its field is a String")
                .hasMessageContaining("List<Book>");
    }

    @Test
    void aMissingFieldIsNamed() {
        registry.map(Author.class, author, relationship("shelves", Shelf.class));
        registry.map(Shelf.class, shelf);
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Author has no field 'shelves'");
    }

    @Test
    void anUnmappedTargetIsNamed() {
        registry.map(Author.class, author, relationship("books", Book.class));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Author.books targets class io.junction.it.errors.Book, which is not mapped")
                .hasMessageContaining("registry.map(Book.class");
    }

    @Test
    void aBackrefThatClashesWithAnAttributeIsNamed() {
        registry.map(Author.class, author, relationship("books", Book.class).backref("title"));
        registry.map(Book.class, book);
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("the backref 'title' of Author.books clashes with Book.title");
    }

    @Test
    void aColumnWhoseFieldHasTheWrongTypeIsNamed() {
        Table wrong = metadata.table("wrong", column("id", INTEGER).primaryKey(), column("title", INTEGER));
        assertThatThrownBy(() -> registry.map(Book.class, wrong)).isInstanceOf(MappingException.class)
                .hasMessageContaining("Book.title is a String but column wrong.title is INTEGER");
    }

    @Test
    void aClassTheAgentDidNotEnhanceIsRefusedWithTheJavaagentLine() {
        Table plain = metadata.table("plain", column("id", INTEGER).primaryKey());
        assertThatThrownBy(() -> registry.map(Plain.class, plain)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.junction.it.errors.Plain is not enhanced")
                .hasMessageContaining("-javaagent:")
                .hasMessageContaining("JunctionAgent.install()");
    }
}
