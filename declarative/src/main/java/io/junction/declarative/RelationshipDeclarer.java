package io.junction.declarative;

import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.mapper.PropertySpec;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;
import io.junction.orm.relationship.RelationshipOptions;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a model class's {@code @Relationship} and {@code @Backref} fields into relationship options,
 * checking that a foreign key links the two tables when no join condition is given.
 */
final class RelationshipDeclarer {
    private final Class<? extends DeclarativeBase> base;
    private final MetaData metadata;
    private final Map<Class<?>, Model> models;
    private final NameResolver names;

    RelationshipDeclarer(Class<? extends DeclarativeBase> base, MetaData metadata, Map<Class<?>, Model> models,
            NameResolver names) {
        this.base = base;
        this.metadata = metadata;
        this.models = models;
        this.names = names;
    }

    /** The relationships of {@code model}'s {@code @Relationship} fields, in field order. */
    List<PropertySpec> relationships(Model model) {
        List<PropertySpec> specs = new ArrayList<>();
        for (Field field : model.fields) {
            Relationship annotation = field.getAnnotation(Relationship.class);
            if (annotation != null) {
                specs.add(relationship(model, field, annotation));
            } else if (field.getAnnotation(Backref.class) != null) {
                throw new DeclarativeException(Names.where(field) + " carries @Backref without @Relationship; a backref describes "
                        + "the reverse side of the relationship on the same field: add @Relationship");
            }
        }
        return specs;
    }

    private io.junction.orm.relationship.Relationship relationship(Model model, Field field, Relationship a) {
        String context = Names.where(field);
        boolean collection = Collection.class.isAssignableFrom(field.getType())
                || DynamicCollection.class.isAssignableFrom(field.getType()) || field.getType() == java.util.Map.class;
        Model target = targetOf(model, field, a, collection);
        io.junction.orm.relationship.Relationship r = io.junction.orm.relationship.Relationship.relationship(field.getName(), target.type);
        if (!collection) {
            r = r.uselist(false);
        }
        if (!a.backPopulates().isEmpty()) {
            if (target.relationshipField(a.backPopulates()) == null) {
                throw new DeclarativeException(context + " back-populates '" + a.backPopulates() + "', but "
                        + target.type.getSimpleName() + " has no @Relationship field of that name"
                        + Names.hint(a.backPopulates(), target.relationshipFieldNames()));
            }
            r = r.backPopulates(a.backPopulates());
        }
        if (a.lazy() != Lazy.SELECT) {
            r = r.lazy(a.lazy());
        }
        if (a.joinDepth() >= 0) {
            r = r.joinDepth(a.joinDepth());
        }
        if (!a.cascade().isBlank()) {
            r = r.cascade(a.cascade());
        }
        io.junction.sql.schema.Table secondary = null;
        if (!a.secondary().isEmpty()) {
            if (!metadata.hasTable(a.secondary())) {
                throw new DeclarativeException(context + ": secondary = \"" + a.secondary() + "\" names no table of "
                        + base.getSimpleName() + "'s metadata" + Names.hint(a.secondary(), names.tableNames())
                        + "; declare it as a plain Table, such as 'static final io.junction.sql.schema.Table "
                        + a.secondary().toUpperCase() + " = DeclarativeBase.metadata(" + base.getSimpleName() + ".class).table(\""
                        + a.secondary() + "\", ...)' in a model class or in the base");
            }
            secondary = metadata.table(a.secondary());
            r = r.secondary(secondary);
        }
        Function<String, Column> columns = names.columns(model, target, context);
        if (!a.primaryJoin().isBlank()) {
            r = r.primaryJoin(JoinExpressions.condition(a.primaryJoin(), context + " primaryJoin", columns));
        }
        if (!a.secondaryJoin().isBlank()) {
            r = r.secondaryJoin(JoinExpressions.condition(a.secondaryJoin(), context + " secondaryJoin", columns));
        }
        if (a.foreignKeys().length > 0) {
            r = r.foreignKeys(columns(a.foreignKeys(), columns));
        }
        if (a.remoteSide().length > 0) {
            r = r.remoteSide(columns(a.remoteSide(), columns));
        }
        if (a.singleParent()) {
            r = r.singleParent(true);
        }
        if (a.viewonly()) {
            r = r.viewonly(true);
        }
        if (a.postUpdate()) {
            r = r.postUpdate(true);
        }
        if (!a.passiveUpdates()) {
            r = r.passiveUpdates(false);
        }
        if (a.passiveDeletes() != PassiveDeletes.OFF) {
            r = r.passiveDeletes(a.passiveDeletes());
        }
        r = extras(r, a.activeHistory(), a.enableTypechecks(), a.syncBackref(), a.innerJoin(),
                a.distinctTargetKey(), a.overlaps(), a.info(), a.doc(), context);
        if (a.orderBy().length > 0) {
            r = r.orderBy((Object[]) orderBy(a.orderBy(), context, columns));
        }
        if (a.queryClass() != void.class) {
            r = r.queryClass(a.queryClass());
        }
        if (a.loadOnPending()) {
            r = r.loadOnPending(true);
        }
        if (a.primaryJoin().isBlank() && a.secondaryJoin().isBlank()) {
            checkForeignKeyPath(model, target, field, secondary);
        }
        r = CollectionAnnotations.apply(r, field, names.columns(target, target, context));
        Backref b = field.getAnnotation(Backref.class);
        if (b != null) {
            r = r.backref(backref(model, target, field, b));
        }
        return r;
    }

    /** The model class a relationship field targets: the one {@code target} names, else the field's (element) type. */
    private Model targetOf(Model model, Field field, Relationship a, boolean collection) {
        if (!a.target().isEmpty()) {
            return names.model(a.target(), model, field);
        }
        Class<?> type = field.getType();
        if (collection) {
            Type generic = CollectionAnnotations.memberTypeOf(field);
            if (!(generic instanceof ParameterizedType)) {
                generic = memberType(field);
            }
            if (!(generic instanceof ParameterizedType parameterized)
                    || !(parameterized.getActualTypeArguments()[parameterized.getActualTypeArguments().length - 1]
                    instanceof Class<?> element)) {
                throw new DeclarativeException(Names.where(field) + " is a collection without an element class; declare it as "
                        + "List<Child> (or Set<Child>), or name the target with @Relationship(target = \"Child\")");
            }
            type = element;
        }
        Model target = models.get(type);
        if (target == null) {
            throw new DeclarativeException(Names.where(field) + " targets " + type.getName() + ", which is not a model class of "
                    + base.getSimpleName() + "; make it extend " + base.getSimpleName() + " and annotate it @Table, "
                    + "or name the target with @Relationship(target = \"...\")");
        }
        return target;
    }

    /**
     * The parameterized type that names a collection field's members: the field's own type
     * ({@code List<Child>}, {@code WriteOnlyCollection<Child>}), or, for a class that fixes it
     * ({@code class RecentPosts extends AppenderQuery<Post>}), the superclass that does.
     */
    private static Type memberType(Field field) {
        Type type = field.getGenericType();
        while (type instanceof Class<?> plain && plain.getSuperclass() != null
                && DynamicCollection.class.isAssignableFrom(plain.getSuperclass())) {
            type = plain.getGenericSuperclass();
        }
        return type;
    }

    private io.junction.orm.relationship.Backref backref(Model model, Model target, Field field, Backref b) {
        String context = Names.where(field) + " @Backref(name = \"" + b.name() + "\")";
        if (target.columns.containsKey(b.name()) || target.columnNames.containsValue(b.name())) {
            throw new DeclarativeException(context + " clashes with the column field " + target.type.getSimpleName() + "."
                    + b.name() + " of table '" + target.table.name() + "'; a backref is a relationship, not a column: rename "
                    + "the backref (such as \"" + Names.attributeName(model.type) + "\") or the column field");
        }
        if (target.relationshipField(b.name()) != null) {
            throw new DeclarativeException(context + " clashes with the @Relationship field " + target.type.getSimpleName()
                    + "." + b.name() + "; declare one side only: either drop @Backref and pair the two fields with "
                    + "backPopulates, or drop the @Relationship on " + target.type.getSimpleName() + "." + b.name());
        }
        io.junction.orm.relationship.Backref r = io.junction.orm.relationship.Backref.backref(b.name());
        Field reverseField = target.field(b.name());
        if (b.uselist() != Flag.DEFAULT) {
            r = r.uselist(b.uselist() == Flag.TRUE);
        } else if (reverseField != null && !Collection.class.isAssignableFrom(reverseField.getType())
                && !Map.class.isAssignableFrom(reverseField.getType())) {
            r = r.uselist(false);
        }
        if (b.lazy() != Lazy.SELECT) {
            r = r.lazy(b.lazy());
        }
        if (b.joinDepth() >= 0) {
            r = r.joinDepth(b.joinDepth());
        }
        if (!b.cascade().isBlank()) {
            r = r.cascade(b.cascade());
        }
        Function<String, Column> columns = names.columns(target, model, context);
        if (b.remoteSide().length > 0) {
            r = r.remoteSide(columns(b.remoteSide(), columns));
        }
        if (!b.primaryJoin().isBlank()) {
            r = r.primaryJoin(JoinExpressions.condition(b.primaryJoin(), context + " primaryJoin", columns));
        }
        if (!b.secondaryJoin().isBlank()) {
            r = r.secondaryJoin(JoinExpressions.condition(b.secondaryJoin(), context + " secondaryJoin", columns));
        }
        if (b.foreignKeys().length > 0) {
            r = r.foreignKeys(columns(b.foreignKeys(), columns));
        }
        if (b.singleParent()) {
            r = r.singleParent(true);
        }
        if (b.viewonly()) {
            r = r.viewonly(true);
        }
        if (b.postUpdate()) {
            r = r.postUpdate(true);
        }
        if (!b.passiveUpdates()) {
            r = r.passiveUpdates(false);
        }
        if (b.passiveDeletes() != PassiveDeletes.OFF) {
            r = r.passiveDeletes(b.passiveDeletes());
        }
        r = extras(r, b.activeHistory(), b.enableTypechecks(), b.syncBackref(), b.innerJoin(),
                b.distinctTargetKey(), b.overlaps(), b.info(), b.doc(), context);
        if (b.orderBy().length > 0) {
            r = r.orderBy((Object[]) orderBy(b.orderBy(), context, columns));
        }
        if (b.loadOnPending()) {
            r = r.loadOnPending(true);
        }
        return CollectionAnnotations.apply(r, b, context, names.columns(model, model, context));
    }

    /** {@code r} with the options that mean the same on a relationship and on a backref. */
    private static <B extends RelationshipOptions<B>> B extras(B r, boolean activeHistory, boolean enableTypechecks,
            Flag syncBackref, boolean innerJoin, Flag distinctTargetKey, String overlaps, String[] info, String doc,
            String context) {
        if (activeHistory) {
            r = r.activeHistory(true);
        }
        if (!enableTypechecks) {
            r = r.enableTypechecks(false);
        }
        if (syncBackref != Flag.DEFAULT) {
            r = r.syncBackref(syncBackref == Flag.TRUE);
        }
        if (innerJoin) {
            r = r.innerJoin(true);
        }
        if (distinctTargetKey != Flag.DEFAULT) {
            r = r.distinctTargetKey(distinctTargetKey == Flag.TRUE);
        }
        if (!overlaps.isBlank()) {
            r = r.overlaps(overlaps);
        }
        if (info.length > 0) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (String entry : info) {
                int equals = entry.indexOf('=');
                if (equals <= 0) {
                    throw new DeclarativeException(context + ": info entry \"" + entry + "\" is not \"key=value\"; write "
                            + "each entry as info = {\"key=value\", ...}");
                }
                data.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
            }
            r = r.info(data);
        }
        if (!doc.isEmpty()) {
            r = r.doc(doc);
        }
        return r;
    }

    /** Fails unless a foreign key links the two tables (through {@code secondary} when given). */
    private void checkForeignKeyPath(Model model, Model target, Field field, io.junction.sql.schema.Table secondary) {
        io.junction.sql.schema.Table parent = model.table;
        io.junction.sql.schema.Table child = target.table;
        if (secondary != null) {
            boolean left = secondary.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(parent.name()));
            boolean right = secondary.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(child.name()));
            if (!left || !right) {
                String missing = !left ? parent.name() : child.name();
                throw new DeclarativeException(Names.where(field) + ": the association table '" + secondary.name()
                        + "' has no foreign key to table '" + missing + "'; declare one, such as column(\"" + missing
                        + "_id\", INTEGER).foreignKey(\"" + missing + ".id\"), or give primaryJoin and secondaryJoin");
            }
            return;
        }
        boolean linked = parent.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(child.name()))
                || child.foreignKeys().stream().anyMatch(fk -> fk.referencedTableName().equals(parent.name()));
        if (!linked) {
            String pk = parent.primaryKey().get(0).name();
            throw new DeclarativeException(Names.where(field) + ": @Relationship to " + target.type.getSimpleName()
                    + ", but no foreign key links table '" + parent.name() + "' and table '" + child.name() + "'; add "
                    + "@ForeignKey(\"" + parent.name() + "." + pk + "\") to a column field of " + target.type.getSimpleName()
                    + " (such as '@Column @ForeignKey(\"" + parent.name() + "." + pk + "\") Integer "
                    + Names.attributeName(model.type) + "Id'), or the reverse on " + model.type.getSimpleName()
                    + ", or give primaryJoin = \"...\" with foreignKeys = {...}");
        }
    }

    private static Column[] columns(String[] sources, Function<String, Column> names) {
        Column[] columns = new Column[sources.length];
        for (int i = 0; i < sources.length; i++) {
            columns[i] = names.apply(sources[i].trim());
        }
        return columns;
    }

    private static OrderBy[] orderBy(String[] sources, String context, Function<String, Column> names) {
        OrderBy[] items = new OrderBy[sources.length];
        for (int i = 0; i < sources.length; i++) {
            items[i] = JoinExpressions.orderBy(sources[i], context + " orderBy", names);
        }
        return items;
    }
}
