package io.junction.ormtest.keys;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.junction.orm.mapper.UuidKeySpec.uuidKey;
import static io.junction.orm.mapper.VersionSpec.versionId;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.UUID;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.sequence;
import static io.junction.sql.schema.Schema.string;

/**
 * Parents keyed by a sequence taken in blocks of 3, tags keyed by client-generated UUIDs, and
 * versioned documents with versioned pages and a favourite page written by a post-update.
 */
final class Model {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey().sequence(sequence("parent_seq").incrementBy(3)),
            column("data", string(30)));
    static final Table TAG = METADATA.table("tag",
            column("id", UUID).primaryKey(),
            column("name", string(30)));
    static final Table DOCUMENT = METADATA.table("document",
            column("id", INTEGER).primaryKey(),
            column("version_id", INTEGER).nullable(false),
            column("title", string(30)),
            column("favorite_page_id", INTEGER).foreignKey("page.id"));
    static final Table PAGE = METADATA.table("page",
            column("id", INTEGER).primaryKey(),
            column("document_id", INTEGER).foreignKey("document.id"),
            column("version_id", INTEGER).nullable(false),
            column("text", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Parent.class, PARENT);
        REGISTRY.map(Tag.class, TAG, uuidKey(TAG.c("id")));
        REGISTRY.map(Document.class, DOCUMENT, versionId(DOCUMENT.c("version_id")),
                relationship("pages", Page.class).primaryJoin(PAGE.c("document_id").eq(DOCUMENT.c("id")))
                        .cascade("all, delete-orphan").backref("document"),
                relationship("favorite", Page.class).primaryJoin(DOCUMENT.c("favorite_page_id").eq(PAGE.c("id")))
                        .postUpdate(true));
        REGISTRY.map(Page.class, PAGE, versionId("version", PAGE.c("version_id")));
        REGISTRY.configure();
    }

    private Model() {
    }

    @Mapped
    static class Parent {
        Integer id;
        String data;

        Parent() {
        }

        Parent(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class Tag {
        UUID id;
        String name;

        Tag() {
        }

        Tag(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Document {
        Integer id;
        Integer versionId;
        String title;
        Integer favoritePageId;
        List<Page> pages = new ArrayList<>();
        Page favorite;

        Document() {
        }

        Document(String title) {
            this.title = title;
        }
    }

    @Mapped
    static class Page {
        Integer id;
        Integer documentId;
        int version;
        String text;
        Document document;

        Page() {
        }

        Page(String text) {
            this.text = text;
        }
    }
}
