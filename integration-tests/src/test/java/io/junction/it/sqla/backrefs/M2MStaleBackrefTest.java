package io.junction.it.sqla.backrefs;

import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class M2MStaleBackrefTest: emptying one side
 * of a many-to-many, then removing from the other side what is left there.
 */
class M2MStaleBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table ITEMS = METADATA.table("items", column("id", INTEGER).primaryKey(),
            column("description", string(30)));
    static final Table KEYWORDS = METADATA.table("keywords", column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Item {
        Integer id;
        String description;
        List<Keyword> keywords = new ArrayList<>();
    }

    @Mapped
    static class Keyword {
        Integer id;
        String name;
        List<Item> items = new ArrayList<>();
    }

    static {
        REGISTRY.map(Item.class, ITEMS, relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS).backref("items"));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_backref_pop_m2m. */
    @Test
    void backrefPopM2m() {
        Keyword k1 = new Keyword();
        Keyword k2 = new Keyword();
        Item i1 = new Item();
        k1.items.add(i1);
        k2.items.add(i1);
        k2.items.add(i1);
        i1.keywords = new ArrayList<>();
        k2.items.remove(i1);
        assertThat(k2.items).isEmpty();
    }
}
