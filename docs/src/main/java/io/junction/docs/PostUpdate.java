package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's "Rows that point to themselves / Mutually Dependent Rows": the widget and its entries. */
final class PostUpdate implements Section {

    @Mapped
    static class Widget {
        Integer widgetId;
        String name;
        Integer favoriteEntryId;
        List<Entry> entries = new ArrayList<>();
        Entry favoriteEntry;
    }

    @Mapped
    static class Entry {
        Integer entryId;
        String name;
        Integer widgetId;
    }

    @Override
    public String name() {
        return "post-update";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table widget = metadata.table("widget",
                column("widget_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("favorite_entry_id", INTEGER).foreignKey("entry.entry_id"));
        Table entry = metadata.table("entry",
                column("entry_id", INTEGER).primaryKey(),
                column("name", string(50)),
                column("widget_id", INTEGER).foreignKey("widget.widget_id"));

        Registry registry = new Registry(metadata);
        registry.map(Widget.class, widget,
                relationship("entries", Entry.class).primaryJoin(widget.c("widget_id").eq(entry.c("widget_id")))
                        .cascade("all"),
                relationship("favoriteEntry", Entry.class)
                        .primaryJoin(widget.c("favorite_entry_id").eq(entry.c("entry_id"))).postUpdate(true));
        registry.map(Entry.class, entry);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
            Widget w = new Widget();
            w.name = "somewidget";
            Entry e = new Entry();
            e.name = "someentry";
            w.entries.add(e);
            w.favoriteEntry = e;
            session.add(w);
            session.commit();      // INSERT widget (no favorite_entry_id), INSERT entry, UPDATE widget SET favorite_entry_id

            session.delete(w);
            session.commit();      // UPDATE widget SET favorite_entry_id = NULL, DELETE entry, DELETE widget
            // end::use[]
            out.println("the widget and its entry are gone");
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
