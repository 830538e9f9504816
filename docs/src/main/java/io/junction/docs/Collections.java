package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.CollectionClass.orderingList;
import static io.junction.orm.relationship.CollectionClass.sorted;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** SQLAlchemy's collections chapter: a {@code Map} keyed by an attribute, an ordering list, a {@code SortedSet}. */
final class Collections implements Section {

    // tag::classes[]
    @Mapped
    static class Item {
        Integer id;
        Map<String, Note> notes = new HashMap<>();
    }

    @Mapped
    static class Note {
        Integer id;
        String keyword;
        String text;
        Item item;

        Note() {
        }

        Note(String keyword, String text) {
            this.keyword = keyword;
            this.text = text;
        }
    }

    @Mapped
    static class Slide {
        Integer id;
        List<Bullet> bullets = new ArrayList<>();
    }

    @Mapped
    static class Bullet {
        Integer id;
        Integer position;
        String text;

        Bullet() {
        }

        Bullet(String text) {
            this.text = text;
        }
    }

    @Mapped
    static class Shelf {
        Integer id;
        SortedSet<Book> books = new TreeSet<>();
    }

    @Mapped
    static class Book implements Comparable<Book> {
        Integer id;
        String title;

        Book() {
        }

        Book(String title) {
            this.title = title;
        }

        @Override
        public int compareTo(Book other) {
            return title.compareTo(other.title);
        }
    }
    // end::classes[]

    @Override
    public String name() {
        return "collections";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = new MetaData();
        Table items = metadata.table("item", column("id", INTEGER).primaryKey());
        Table notes = metadata.table("note",
                column("id", INTEGER).primaryKey(),
                column("item_id", INTEGER).foreignKey("item.id"),
                column("keyword", string(50)),
                column("text", string(50)));
        Table slides = metadata.table("slide", column("id", INTEGER).primaryKey());
        Table bullets = metadata.table("bullet",
                column("id", INTEGER).primaryKey(),
                column("slide_id", INTEGER).foreignKey("slide.id"),
                column("position", INTEGER),
                column("text", string(50)));
        Table shelves = metadata.table("shelf", column("id", INTEGER).primaryKey());
        Table books = metadata.table("book",
                column("id", INTEGER).primaryKey(),
                column("shelf_id", INTEGER).foreignKey("shelf.id"),
                column("title", string(50)));
        // tag::mapping[]
        Registry registry = new Registry(metadata);
        registry.map(Item.class, items, relationship("notes", Note.class)
                .collection(keyedBy("keyword")).cascade("all, delete-orphan").backref("item"));
        registry.map(Note.class, notes);
        registry.map(Slide.class, slides, relationship("bullets", Bullet.class)
                .collection(orderingList("position")).cascade("all, delete-orphan"));
        registry.map(Bullet.class, bullets);
        registry.map(Shelf.class, shelves, relationship("books", Book.class).collection(sorted()));
        registry.map(Book.class, books);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        Integer itemId;
        Integer slideId;
        try (Session session = new Session(engine).expireOnCommit(false)) {
            // tag::map[]
            Item item = new Item();
            item.notes.put("color", new Note("color", "blue"));
            item.notes.put("size", new Note("size", "large"));
            out.println("note.item == item before any flush: " + (item.notes.get("color").item == item));
            session.add(item);
            session.commit();                               // INSERT item, INSERT note (both notes)

            Note old = item.notes.get("color");
            item.notes.put("color", new Note("color", "red"));  // the blue note leaves: an orphan, deleted
            out.println("the old note's item: " + old.item);
            session.commit();                               // INSERT note, DELETE note
            // end::map[]
            itemId = item.id;
            // tag::ordered[]
            Slide slide = new Slide();
            slide.bullets.add(new Bullet("one"));
            slide.bullets.add(new Bullet("two"));
            slide.bullets.add(new Bullet("three"));
            session.add(slide);
            session.commit();                               // positions 0, 1, 2

            slide.bullets.add(0, slide.bullets.remove(2));  // "three" moves to the front
            out.println("positions: " + slide.bullets.stream().map(b -> b.text + "=" + b.position).toList());
            session.commit();                               // one UPDATE of the three moved rows
            // end::ordered[]
            slideId = slide.id;
            // tag::sorted[]
            Shelf shelf = new Shelf();
            shelf.books.add(new Book("Ulysses"));
            shelf.books.add(new Book("Emma"));
            out.println("books: " + shelf.books.stream().map(b -> b.title).toList());
            session.add(shelf);
            session.commit();
            // end::sorted[]
        }
        try (Session session = new Session(engine)) {
            Item item = session.get(Item.class, itemId);
            out.println("loaded notes: " + new java.util.TreeMap<>(item.notes).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().text).toList());
            Slide slide = session.get(Slide.class, slideId);
            out.println("loaded bullets: " + slide.bullets.stream().map(b -> b.text).toList());
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
