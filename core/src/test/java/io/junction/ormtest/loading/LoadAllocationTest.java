package io.junction.ormtest.loading;

import io.junction.engine.Connection;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What loading costs in memory, as deterministic figures rather than timings: the bytes allocated
 * per loaded row of a three-column entity with a lazy one-to-many, and the bytes a loaded object
 * keeps beyond the object itself while its session holds it.
 */
class LoadAllocationTest {
    private static final int ROWS = 10_000;
    private static final int HELD = 100_000;
    private static final MetaData METADATA = new MetaData();
    private static final Table OWNERS = METADATA.table("owners",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)),
            column("note", string(30)));
    private static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("owners.id"));
    private static final Registry REGISTRY = new Registry(METADATA);
    private static OrmDatabase db;

    static {
        REGISTRY.map(Owner.class, OWNERS, relationship("items", Item.class));
        REGISTRY.map(Item.class, ITEMS);
        REGISTRY.configure();
    }

    @Mapped
    static class Owner {
        Integer id;
        String name;
        String note;
        List<Item> items = new ArrayList<>();
    }

    /** What an application keeps without an ORM: the same fields and values. */
    static class PlainOwner {
        Integer id;
        String name;
        String note;
        List<Item> items;

        PlainOwner(Integer id, String name, String note) {
            this.id = id;
            this.name = name;
            this.note = note;
        }
    }

    @Mapped
    static class Item {
        Integer id;
        Integer ownerId;
    }

    @BeforeAll
    static void owners() {
        db = OrmDatabase.fresh(METADATA);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= HELD; i++) {
            rows.add(Map.of("id", i, "name", "owner " + i, "note", "note " + i));
        }
        try (Connection connection = db.engine().connect()) {
            connection.executeMany(insert(OWNERS), rows);
            connection.commit();
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long bytesPerLoadedRow() {
        try (Session session = db.session()) {
            long before = allocatedBytes();
            List<Owner> owners = session.query(Owner.class).filter(OWNERS.c("id").le(ROWS)).all();
            long allocated = allocatedBytes() - before;
            assertThat(owners).hasSize(ROWS);
            return allocated / ROWS;
        }
    }

    @Test
    void loadingARowAllocatesLittleBeyondTheObjectAndItsState() {
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            bytesPerLoadedRow();
        }
        long perRow = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            perRow = Math.min(perRow, bytesPerLoadedRow());
        }
        System.out.println("bytes allocated per loaded row: " + perRow);
        // 783 B before the loading work (a HashSet of unloaded names per object, two identity sets per query,
        // strategies looked up per row); 530 B after it, of which H2's row reading and the identity key are most
        assertThat(perRow).isLessThan(690);
    }

    private static long heapUsed() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void aLoadedObjectKeepsLittleStateWhileItsSessionHoldsIt() {
        long before = heapUsed();
        List<PlainOwner> plain = new ArrayList<>();
        for (int i = 1; i <= HELD; i++) {
            plain.add(new PlainOwner(i, "owner " + i, "note " + i));
        }
        long pojo = (heapUsed() - before) / HELD;
        assertThat(plain).hasSize(HELD);
        plain = null;

        long loaded;
        try (Session session = db.session()) {
            before = heapUsed();
            List<Owner> owners = session.query(Owner.class).all();
            loaded = (heapUsed() - before) / HELD;
            assertThat(owners).hasSize(HELD);
        }
        System.out.println("retained bytes per entity: " + loaded + " (plain object: " + pojo + ", ORM state: "
                + (loaded - pojo) + ")");
        // ORM state per object: 343 B before the compact state, 158 B after it
        assertThat(loaded - pojo).isLessThan(205);
    }
}
