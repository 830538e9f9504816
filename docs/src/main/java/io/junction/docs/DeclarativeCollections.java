package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.docs.declarative.collections.Base;
import io.junction.docs.declarative.collections.Book;
import io.junction.docs.declarative.collections.Bullet;
import io.junction.docs.declarative.collections.Item;
import io.junction.docs.declarative.collections.Note;
import io.junction.docs.declarative.collections.Shelf;
import io.junction.docs.declarative.collections.Slide;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;

/** The collections section, declaratively: the model is in {@code io.junction.docs.declarative.collections}. */
final class DeclarativeCollections implements Section {

    @Override
    public String name() {
        return "collections";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        Integer itemId;
        Integer slideId;
        try (Session session = new Session(engine).expireOnCommit(false)) {
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
            itemId = item.id;
            Slide slide = new Slide();
            slide.bullets.add(new Bullet("one"));
            slide.bullets.add(new Bullet("two"));
            slide.bullets.add(new Bullet("three"));
            session.add(slide);
            session.commit();                               // positions 0, 1, 2

            slide.bullets.add(0, slide.bullets.remove(2));  // "three" moves to the front
            out.println("positions: " + slide.bullets.stream().map(b -> b.text + "=" + b.position).toList());
            session.commit();                               // one UPDATE of the three moved rows
            slideId = slide.id;
            Shelf shelf = new Shelf();
            shelf.books.add(new Book("Ulysses"));
            shelf.books.add(new Book("Emma"));
            out.println("books: " + shelf.books.stream().map(b -> b.title).toList());
            session.add(shelf);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Item item = session.get(Item.class, itemId);
            out.println("loaded notes: " + new java.util.TreeMap<>(item.notes).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().text).toList());
            Slide slide = session.get(Slide.class, slideId);
            out.println("loaded bullets: " + slide.bullets.stream().map(b -> b.text).toList());
        }
        metadata.dropAll(engine);
    }
}
