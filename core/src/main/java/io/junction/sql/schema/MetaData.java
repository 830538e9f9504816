package io.junction.sql.schema;

import io.junction.util.Topological;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A collection of tables, declared once and looked up by name. It orders its tables by their
 * foreign keys for CREATE and DROP, and knows which foreign keys close a cycle between tables.
 */
public final class MetaData {
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Declares a table; its name must be new in this metadata. */
    public synchronized Table table(String name, TableElement... elements) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a table needs a name");
        }
        if (tables.containsKey(name)) {
            throw new IllegalArgumentException("table '" + name + "' is already declared in this MetaData");
        }
        Table table = new Table(this, name, List.of(elements));
        tables.put(name, table);
        return table;
    }

    /** The table named {@code name}, or an exception listing the declared tables. */
    public Table table(String name) {
        return tableFor(name, () -> "lookup");
    }

    public synchronized boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    synchronized Table tableFor(String name, Supplier<String> who) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException(who.get() + ": no table '" + name + "' in this MetaData; its tables are "
                    + tables.keySet());
        }
        return table;
    }

    /** The tables in declaration order. */
    public synchronized List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /**
     * The sequences the tables' columns take values from, each once, in table order; created before
     * the tables and dropped after them. Two different sequences of one name are refused.
     */
    public List<Sequence> sequences() {
        Map<String, Sequence> byName = new LinkedHashMap<>();
        for (Table table : tables()) {
            for (Column column : table.columns()) {
                Sequence sequence = column.sequence();
                Sequence other = sequence == null ? null : byName.putIfAbsent(sequence.name(), sequence);
                if (other != null && !other.equals(sequence)) {
                    throw new IllegalArgumentException("sequence '" + sequence.name() + "' is declared twice, as " + other
                            + " and as " + sequence + " (column " + table.name() + "." + column.name()
                            + "); declare it once and use the same Sequence for both columns");
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * Foreign keys between tables that reference each other in a cycle (such as
     * {@code widget.favorite_entry_id} and {@code entry.widget_id}); they are created by
     * {@code ALTER TABLE} after the tables, and dropped before them. Self-references are not cycles here.
     */
    public List<ForeignKey> cyclicForeignKeys() {
        List<Table> all = tables();
        List<Set<Table>> cycles = Topological.cycles(all, Table::referencedTables);
        List<ForeignKey> result = new ArrayList<>();
        for (Set<Table> cycle : cycles) {
            for (Table table : cycle) {
                for (ForeignKey fk : table.foreignKeys()) {
                    Table target = fk.referencedTable();
                    if (target != table && cycle.contains(target)) {
                        result.add(fk);
                    }
                }
            }
        }
        return result;
    }

    /** Tables ordered so that each comes after the tables it references, ignoring cyclic foreign keys. */
    public List<Table> sortedTables() {
        List<ForeignKey> cyclic = cyclicForeignKeys();
        return Topological.sort(tables(), table -> {
            Collection<Table> deps = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                Table target = fk.referencedTable();
                if (target != table && !cyclic.contains(fk)) {
                    deps.add(target);
                }
            }
            return deps;
        });
    }

    /**
     * Creates the tables the database does not have yet, in foreign-key order, with their indexes;
     * tables that exist are left as they are (SQLAlchemy's default, {@code checkfirst=True}).
     */
    public void createAll(SchemaExecutor executor) {
        executor.createAll(this, true);
    }

    /** Creates the tables; with {@code checkFirst} false, a table that exists already fails the whole creation. */
    public void createAll(SchemaExecutor executor, boolean checkFirst) {
        executor.createAll(this, checkFirst);
    }

    /**
     * Declares the tables the database has, as SQLAlchemy's {@code MetaData.reflect}: columns with
     * their types and nullability, primary keys and foreign keys, read from the catalog of the
     * executor's current schema. With {@code only}, just those tables and the tables their foreign
     * keys refer to. Tables this metadata declares already are kept as declared. Classes then map
     * onto the reflected tables as onto declared ones: {@code metadata.table("users")}.
     */
    public void reflect(SchemaExecutor executor, String... only) {
        executor.reflect(this, List.of(only));
    }

    /** Drops the tables the database has, in reverse foreign-key order. */
    public void dropAll(SchemaExecutor executor) {
        executor.dropAll(this, true);
    }

    /** Drops the tables; with {@code checkFirst} false, a missing table fails the whole drop. */
    public void dropAll(SchemaExecutor executor, boolean checkFirst) {
        executor.dropAll(this, checkFirst);
    }
}
