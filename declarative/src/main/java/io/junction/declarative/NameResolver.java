package io.junction.declarative;

import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;

import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Looks names up among one base's model classes and its metadata's tables: model classes by name,
 * column fields, {@code Class.field} and {@code table.column} references. An unknown name fails with
 * the known ones and the closest of them.
 */
final class NameResolver {
    private final Class<? extends DeclarativeBase> base;
    private final MetaData metadata;
    private final Map<Class<?>, Model> models;

    NameResolver(Class<? extends DeclarativeBase> base, MetaData metadata, Map<Class<?>, Model> models) {
        this.base = base;
        this.metadata = metadata;
        this.models = models;
    }

    List<String> tableNames() {
        return metadata.tables().stream().map(io.junction.sql.schema.Table::name).toList();
    }

    /** Who declared the table {@code tableName}: a model class, or a plain Table. */
    String tableOwner(String tableName) {
        for (Model other : models.values()) {
            if (other.table != null && other.table.name().equals(tableName)) {
                return "class " + other.type.getName();
            }
        }
        return "a plain Table";
    }

    /** The column that the field {@code fieldName} of {@code model} maps. */
    Column columnField(Model model, String fieldName) {
        Column column = model.columns.get(fieldName);
        if (column == null) {
            throw new DeclarativeException(model.type.getSimpleName() + " has no column field '" + fieldName + "'"
                    + Names.hint(fieldName, model.columns.keySet()));
        }
        return column;
    }

    /**
     * The model class that {@code @Relationship(target = name)} on {@code field} of {@code from} names:
     * by qualified name, then by simple name in {@code from}'s package, then by simple name elsewhere.
     */
    Model model(String name, Model from, Field field) {
        Model elsewhere = null;
        for (Model candidate : models.values()) {
            if (candidate.type.getName().equals(name)) {
                return candidate;
            }
            if (candidate.type.getSimpleName().equals(name)) {
                if (candidate.type.getPackageName().equals(from.type.getPackageName())) {
                    return candidate;
                }
                if (elsewhere == null) {
                    elsewhere = candidate;
                }
            }
        }
        if (elsewhere != null) {
            return elsewhere;
        }
        throw new DeclarativeException(Names.where(field) + ": @Relationship(target = \"" + name + "\") names no model class of "
                + base.getSimpleName() + Names.hint(name, models.keySet().stream().map(Class::getSimpleName).toList())
                + "; a model class extends " + base.getSimpleName() + ", carries @Table, and lies in a scanned package "
                + "(DeclarativeRegistry.of(" + base.getSimpleName() + ".class).scan(...)) or is registered");
    }

    /**
     * Resolves the column references of an annotation on {@code owner}: {@code Class.field},
     * {@code table.column}, and a bare {@code field} (on {@code owner}, then on {@code other}).
     * {@code context} opens each error message.
     */
    Function<String, Column> columns(Model owner, Model other, String context) {
        return name -> {
            int dot = name.indexOf('.');
            return dot < 0 ? bare(owner, other, context, name) : qualified(context, name, dot);
        };
    }

    private Column bare(Model owner, Model other, String context, String name) {
        Column column = owner.columnByName(name);
        if (column == null && other != null) {
            column = other.columnByName(name);
        }
        if (column == null) {
            Set<String> known = new LinkedHashSet<>(owner.columns.keySet());
            if (other != null) {
                known.addAll(other.columns.keySet());
            }
            throw new DeclarativeException(context + ": no column field '" + name + "' in " + owner.type.getSimpleName()
                    + (other != null && other != owner ? " or " + other.type.getSimpleName() : "") + Names.hint(name, known)
                    + "; write Class.field or table.column to name another");
        }
        return column;
    }

    private Column qualified(String context, String name, int dot) {
        String qualifier = name.substring(0, dot);
        String member = name.substring(dot + 1);
        for (Model model : models.values()) {
            if (model.type.getSimpleName().equals(qualifier)) {
                Column column = model.columnByName(member);
                if (column == null) {
                    throw new DeclarativeException(context + ": " + model.type.getSimpleName() + " has no column field '"
                            + member + "'" + Names.hint(member, model.columns.keySet()));
                }
                return column;
            }
        }
        if (metadata.hasTable(qualifier)) {
            io.junction.sql.schema.Table table = metadata.table(qualifier);
            if (!table.hasColumn(member)) {
                throw new DeclarativeException(context + ": table '" + qualifier + "' has no column '" + member + "'"
                        + Names.hint(member, table.columns().stream().map(Column::name).toList()));
            }
            return table.c(member);
        }
        Set<String> known = new LinkedHashSet<>();
        models.keySet().forEach(c -> known.add(c.getSimpleName()));
        known.addAll(tableNames());
        throw new DeclarativeException(context + ": '" + qualifier + "' in '" + name + "' is neither a model class of "
                + base.getSimpleName() + " nor a table of its metadata" + Names.hint(qualifier, known));
    }
}
