package io.junction.docs;

import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The seed's "Rows that point to themselves / Mutually Dependent Rows", declarative. */
final class DeclarativePostUpdate implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::mapping[]
    @Table("widget")
    static class Widget extends Base {
        @Column(primaryKey = true) Integer widgetId;
        @Column(length = 50) String name;
        @Column @ForeignKey("entry.entry_id") Integer favoriteEntryId;
        @Relationship(primaryJoin = "Widget.widgetId == Entry.widgetId", cascade = "all")
        List<Entry> entries = new ArrayList<>();
        @Relationship(primaryJoin = "Widget.favoriteEntryId == Entry.entryId", postUpdate = true)
        Entry favoriteEntry;
    }

    @Table("entry")
    static class Entry extends Base {
        @Column(primaryKey = true) Integer entryId;
        @Column(length = 50) String name;
        @Column @ForeignKey("widget.widget_id") Integer widgetId;
    }
    // end::mapping[]

    @Override
    public String name() {
        return "post-update";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
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
            out.println("the widget and its entry are gone");
        }
        metadata.dropAll(engine);
    }
}
