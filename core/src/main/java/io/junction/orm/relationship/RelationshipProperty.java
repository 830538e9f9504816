package io.junction.orm.relationship;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.DynamicCollection;
import io.junction.orm.attribute.FieldAccess;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.ObjectAttribute;
import io.junction.orm.mapper.ColumnProperty;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.MappingException;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configured relationship of a mapper: its target mapper, join condition and direction, and the
 * attribute that holds its value. Loaders and flush processors read it; it does neither.
 */
public final class RelationshipProperty extends MapperProperty {
    private Relationship config;
    private final RelationshipProperty forward;
    private Mapper target;
    private JoinCondition join;
    private boolean uselist;
    private AttributeImpl attribute;
    private RelationshipProperty reverse;
    private java.util.function.Supplier<Object> queryFactory;
    /** True once the in-memory backref sync between this side and {@link #reverse} is set up. */
    private boolean wired;
    private boolean syncTargetsRegistered;

    RelationshipProperty(Relationship config, Mapper parent, RelationshipProperty forward) {
        super(config.name(), parent);
        this.config = config;
        this.forward = forward;
    }

    public Relationship config() {
        return config;
    }

    public Mapper target() {
        return target;
    }

    public JoinCondition join() {
        return join;
    }

    public Direction direction() {
        return join.direction();
    }

    /** True for a collection, false for a single reference. */
    public boolean uselist() {
        return uselist;
    }

    /** True if {@code member} is an object of the target class, or of a subclass of it that is not mapped itself. */
    public boolean accepts(Object member) {
        InstanceState state = InstanceState.of(member);
        return state != null && state.manager() == target;
    }

    /** Why an object that this relationship does not {@link #accepts accept} cannot be its member, and what can. */
    public String expectedClass(Object member) {
        String expected = target.type().getSimpleName();
        return "it holds " + expected + " objects; put a " + expected + " there (or an object of a subclass of "
                + expected + " that is not mapped itself), or declare the relationship with "
                + member.getClass().getSimpleName() + ".class if that is the class it should hold";
    }

    /**
     * True if the remote columns are the target's primary key, in order, and nothing else narrows
     * the join: the value for a parent is then the target object whose identity key is the parent's
     * local values, which the identity map can give without SQL (SQLAlchemy's {@code use_get}).
     */
    public boolean targetByPrimaryKey() {
        List<JoinCondition.Pair> pairs = join.pairs();
        List<ColumnProperty> key = target.primaryKey();
        if (!join.extraCriteria().isEmpty() || pairs.size() != key.size()) {
            return false;
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).remote() != key.get(i).column()) {
                return false;
            }
        }
        return true;
    }

    /** The relationship on the target that is this one's other side (a backref or back-populates), or {@code null}. */
    public RelationshipProperty reverse() {
        return reverse;
    }

    /** True if this relationship is the backref created by another one. */
    public boolean isBackref() {
        return forward != null;
    }

    public Cascade cascade() {
        return config.cascade();
    }

    public Lazy lazy() {
        return config.lazy();
    }

    public boolean viewonly() {
        return config.viewonly();
    }

    /** True for a DYNAMIC or WRITE_ONLY relationship, whose value queries its members instead of holding them. */
    public boolean isQueried() {
        return config.lazy() == Lazy.DYNAMIC || config.lazy() == Lazy.WRITE_ONLY;
    }

    /**
     * Loads the members of {@code owner} for the flush or the delete cascade, which need them all; a
     * WRITE_ONLY relationship of a persistent object refuses, as SQLAlchemy's does unless its
     * deletes are passive.
     */
    public void loadAllMembers(InstanceState owner) {
        if (config.lazy() == Lazy.WRITE_ONLY && owner.key() != null) {
            throw new IllegalStateException(this + " can't load the existing state from the database for this "
                    + "operation; full iteration is not permitted (it is a WRITE_ONLY collection). If this is a delete "
                    + "operation, configure passiveDeletes(true) (passiveDeletes = PassiveDeletes.ON in @Relationship) on the "
                    + this + " relationship in order to resolve this error");
        }
        attribute().beforeFlushRead(owner);
    }

    /** A new value for a DYNAMIC relationship of a loaded object, by its {@code queryClass}; {@code null} when it has none. */
    public Object newQuery() {
        return queryFactory == null ? null : queryFactory.get();
    }

    /** Joined eager loads of it use an INNER JOIN ({@code innerjoin}). */
    public boolean innerJoin() {
        return config.innerJoin();
    }

    /** The user data given with {@code info(...)}, empty when none. */
    public java.util.Map<String, Object> info() {
        return config.info();
    }

    /** The description given with {@code doc(...)}, or {@code null}. */
    public String doc() {
        return config.doc();
    }

    /**
     * Whether a subquery eager load of it applies DISTINCT to the repeated parent query, as given
     * with {@code distinctTargetKey(...)}, or {@code null} for Junction's default (DISTINCT unless
     * the parent query has a LIMIT or OFFSET).
     */
    public Boolean distinctTargetKey() {
        return config.distinctTargetKey();
    }

    /** True once the registry that mapped this relationship's class was disposed. */
    boolean disposed() {
        return parent().registry().mapperOrNull(parent().type()) != parent();
    }

    /** How a deleted parent's members are left to the database ({@code passive_deletes}). */
    public PassiveDeletes passiveDeletes() {
        return config.passiveDeletes();
    }

    @Override
    public AttributeImpl attribute() {
        return attribute;
    }

    @Override
    protected void configure() {
        if (attribute != null) {
            return;
        }
        if (config.mistake() != null) {
            throw new MappingException(this + ": " + config.mistake());
        }
        target = parent().registry().mapperOrNull(config.target());
        if (target == null) {
            throw new MappingException(this + " targets class " + config.target().getName() + ", which is not mapped in "
                    + "this registry; map it with registry.map(" + config.target().getSimpleName() + ".class, table, ...)");
        }
        if (config.secondaryName() != null) {
            config = config.resolvedSecondary(secondaryTable(config.secondaryName()));
        }
        Field field = parent().field(key());
        if (field == null && forward == null) {
            throw new MappingException(parent().type().getSimpleName() + " has no field '" + key() + "' for " + this
                    + "; declare List<" + target.type().getSimpleName() + "> " + key() + " (or " + target.type().getSimpleName()
                    + " " + key() + " for a single reference) in " + parent().type().getSimpleName());
        }
        join = forward != null ? forward.join.reverse()
                : JoinCondition.analyze(toString(), parent().table(), target.table(), config);
        uselist = config.uselist() != null ? config.uselist() : join.direction() != Direction.MANY_TO_ONE;
        if (field != null && config.uselist() == null && join.direction() == Direction.ONE_TO_MANY
                && parent().table() == target.table() && !Collection.class.isAssignableFrom(field.getType())
                && field.getType() != Map.class
                && !DynamicCollection.class.isAssignableFrom(field.getType())) {
            uselist = false;
        }
        checkOptions();
        FieldAccess access = field == null ? null : new FieldAccess(checkField(field));
        CollectionAttribute.Kind kind = isQueried() ? CollectionAttribute.Kind.DYNAMIC
                : field != null && Set.class.isAssignableFrom(field.getType())
                ? CollectionAttribute.Kind.SET : CollectionAttribute.Kind.LIST;
        attribute = uselist
                ? kind != CollectionAttribute.Kind.DYNAMIC && CollectionKinds.special(field == null ? List.class : field.getType(),
                        config.collectionClass())
                        ? new CollectionAttribute(key(), parent(), access, kind,
                                CollectionKinds.resolve(this, target, field, config.collectionClass()))
                        : new CollectionAttribute(key(), parent(), access, kind)
                : new ObjectAttribute(key(), parent(), access);
        if (uselist && config.collectionClass() != null && config.collectionClass().form() == CollectionClass.Form.ORDERING_LIST
                && config.orderBy().isEmpty()) {
            config = config.orderBy(CollectionKinds.positionColumn(target, config.collectionClass()));
        }
        if (attribute instanceof ObjectAttribute reference) {
            reference.activeHistory(join.direction() != Direction.MANY_TO_ONE || cascade().deleteOrphan()
                    || config.activeHistory());
        }
        attribute.viewonly(config.viewonly());
        attribute.singleParent(config.singleParent() && !config.viewonly());
        attribute.memberClass(config.enableTypechecks() ? target.type() : null);
        if (!config.viewonly() && cascade().deleteOrphan()) {
            attribute.deleteOrphan(true);
            target.addOrphanParent(attribute);
        }
        attribute.property(this);
        parent().addAttribute(attribute);
        if (config.loadOnPending()) {
            parent().addLoadOnPending(attribute);
        }
        if (config.backref() != null) {
            String name = config.backref().name();
            if (target.hasProperty(name)) {
                throw new MappingException("the backref '" + name + "' of " + this + " clashes with "
                        + target.property(name) + ", which is already mapped; rename the backref, or declare both "
                        + "sides and pair them with backPopulates(...)");
            }
            reverse = new RelationshipProperty(Relationship.reverseOf(config.backref(), parent().type(), config), target, this);
            reverse.reverse = this;
            target.add(reverse);
        }
    }

    /** The table {@code name} of the registry's metadata, for {@code secondary("name")}. */
    private Table secondaryTable(String name) {
        io.junction.sql.schema.MetaData metadata = parent().registry().metadata();
        if (name == null || name.isBlank() || !metadata.hasTable(name)) {
            throw new MappingException(this + " names the association table secondary(\"" + name + "\"), but the registry's "
                    + "metadata has no table of that name; declare it with metadata.table(\"" + name + "\", ...) before "
                    + "configuring, or correct the name");
        }
        return metadata.table(name);
    }

    /**
     * Option combinations that would be accepted and then do nothing, or do the wrong thing, refused
     * with the option that fixes them.
     */
    private void checkOptions() {
        Table table = parent().table();
        if (forward == null && table == target.table() && join.secondary() == null && config.remoteSide().isEmpty()
                && join.direction() == Direction.ONE_TO_MANY && !uselist) {
            String fk = join.pairs().stream().map(p -> JoinCondition.name(p.remote())).reduce((a, b) -> a + ", " + b).orElse("");
            String key = join.pairs().stream().map(p -> JoinCondition.name(p.local())).reduce((a, b) -> a + ", " + b).orElse("");
            throw new MappingException(this + " joins table '" + table.name() + "' to itself (self-referential) and holds "
                    + "one " + target.type().getSimpleName() + ", but nothing says which end it is: without remoteSide "
                    + "Junction takes it as a one-to-many, so setting it would write " + fk + " of the object assigned "
                    + "instead of this object's own. For the many-to-one (this row's " + fk + " points at the other) give "
                    + "remoteSide(" + key + "), as relationship(\"" + key() + "\", " + target.type().getSimpleName()
                    + ".class).remoteSide(" + table.name() + ".c(\"" + join.pairs().get(0).local().name() + "\")); "
                    + "for a scalar one-to-many (the other row points here) give remoteSide(" + fk + ")");
        }
        if (cascade().deleteOrphan() && !config.viewonly() && !config.singleParent()
                && (join.direction() == Direction.MANY_TO_ONE || join.direction() == Direction.MANY_TO_MANY)) {
            throw new MappingException("On " + this + ", delete-orphan cascade is not supported on a " + describe()
                    + " relationship unless singleParent is set: a " + target.type().getSimpleName() + " could have "
                    + "several parents here, so losing one would not make it an orphan. Set singleParent(true) on the "
                    + "relationship (each " + target.type().getSimpleName() + " then has at most one parent through "
                    + this + "), or put delete-orphan on the other side"
                    + (config.backref() != null || reverse != null ? "" : " (a one-to-many from " + target.type().getSimpleName() + ")"));
        }
        if (config.queryClass() != null && config.lazy() != Lazy.DYNAMIC) {
            throw new MappingException(this + " names queryClass(" + config.queryClass().getSimpleName() + ".class), "
                    + "which only a DYNAMIC relationship makes; add lazy(Lazy.DYNAMIC), or drop queryClass");
        }
        if (config.viewonly() && (cascade().delete() || cascade().deleteOrphan())) {
            throw new MappingException(this + " is viewonly but its cascade " + cascade() + " includes delete"
                    + (cascade().deleteOrphan() ? " or delete-orphan" : "") + ", which act on persistence operations a "
                    + "viewonly relationship takes no part in; drop the cascade, or drop viewonly(true)");
        }
        if (config.viewonly() && Boolean.TRUE.equals(config.syncBackref())) {
            throw new MappingException("On " + this + ", syncBackref(true) and viewonly(true) cannot both be set: a "
                    + "viewonly relationship records no changes to mirror on its other side; drop syncBackref(true), "
                    + "or drop viewonly(true)");
        }
        if (config.passiveDeletes() == PassiveDeletes.ALL && (cascade().delete() || cascade().deleteOrphan())) {
            throw new MappingException("On " + this + ", can't set passiveDeletes(PassiveDeletes.ALL) in conjunction "
                    + "with 'delete' or 'delete-orphan' cascade: ALL never touches the members of a deleted parent, "
                    + "the cascade would delete them; use passiveDeletes(true) with the cascade, or drop delete and "
                    + "delete-orphan from the cascade");
        }
        for (OrderBy order : config.orderBy()) {
            if (order.element() instanceof Column column && column.table() != target.table()
                    && column.table() != join.secondary()) {
                throw new MappingException(this + " is ordered by " + JoinCondition.name(column) + ", a column of table '"
                        + column.table().name() + "', but its members' rows come from table '" + target.table().name()
                        + "'" + (join.secondary() != null ? " (and the association table '" + join.secondary().name() + "')" : "")
                        + "; drop that column from orderBy(...) or order by a column of " + target.table().name());
            }
        }
    }

    @Override
    protected void postConfigure() {
        if (config.backPopulates() != null && reverse == null) {
            if (!target.hasProperty(config.backPopulates())
                    || !(target.property(config.backPopulates()) instanceof RelationshipProperty other)) {
                throw new MappingException(this + " back-populates '" + config.backPopulates() + "', but "
                        + target.type().getSimpleName() + " has no such relationship; declare it there");
            }
            if (other.target != parent()) {
                throw new MappingException(this + " back-populates " + other + ", which targets "
                        + other.target.type().getSimpleName() + " instead of " + parent().type().getSimpleName());
            }
            reverse = other;
            other.reverse = this;
        }
        if (reverse != null) {
            checkSyncBackref(reverse, this);
            checkSyncBackref(this, reverse);
        }
        if (reverse != null && !wired && !viewonly() && !reverse.viewonly()) {
            if (reverse.attribute == null) {
                reverse.configure();
            }
            if (config.syncBackref() != Boolean.FALSE) {
                attribute.backref(reverse.attribute);
            }
            if (reverse.config.syncBackref() != Boolean.FALSE) {
                reverse.attribute.backref(attribute);
            }
            wired = true;
            reverse.wired = true;
            loadsOldParent(attribute, reverse);
            loadsOldParent(reverse.attribute, this);
        }
        registerSyncTargets();
        if (reverse != null) {
            if (reverse.attribute == null) {
                reverse.configure();
            }
            reverse.registerSyncTargets();
        }
    }

    /** Records the columns this relationship writes, once, warning about overlaps (a side and its reverse go together, as SQLAlchemy's). */
    private void registerSyncTargets() {
        if (!syncTargetsRegistered) {
            syncTargetsRegistered = true;
            SyncTargets.register(this);
        }
    }

    /** Refuses {@code syncBackref(true)} on {@code syncing} when its other side {@code viewonly} is viewonly. */
    private static void checkSyncBackref(RelationshipProperty viewonly, RelationshipProperty syncing) {
        if (viewonly.viewonly() && Boolean.TRUE.equals(syncing.config.syncBackref())) {
            throw new MappingException("Relationship " + syncing + " cannot set syncBackref(true) since its other side "
                    + viewonly + " is viewonly(true), so no change of " + syncing + " can be mirrored there; drop "
                    + "syncBackref(true) from " + syncing + ", or viewonly(true) from " + viewonly);
        }
    }

    /**
     * Junction differs: a reference whose other side is delete-orphan loads the object it replaces
     * (SQLAlchemy leaves it unknown when that takes SQL), so clearing it always makes an orphan.
     */
    private static void loadsOldParent(AttributeImpl attribute, RelationshipProperty other) {
        if (attribute instanceof ObjectAttribute reference && other.cascade().deleteOrphan()) {
            reference.activeHistory(true);
        }
    }

    private Field checkField(Field field) {
        Class<?> type = field.getType();
        String targetName = target.type().getSimpleName();
        if (config.collectionClass() != null && (!uselist || isQueried())) {
            throw new MappingException(this + " is given collection(" + config.collectionClass() + "), but "
                    + (uselist ? "it is " + config.lazy() + ", whose members are queried, never held: such a relationship "
                    + "is a list only; drop lazy(Lazy." + config.lazy() + ") or the collection option"
                    : "it refers to one " + targetName + " (" + describe() + "), not a collection; drop the option, or "
                    + "uselist(false)"));
        }
        if (config.lazy() == Lazy.DYNAMIC) {
            if (!uselist) {
                throw new MappingException(this + " is DYNAMIC, which only a collection can be (" + describe()
                        + " refers to one " + targetName + "); drop lazy(Lazy.DYNAMIC) or uselist(false)");
            }
            if (!DynamicCollection.class.isAssignableFrom(type) || !Iterable.class.isAssignableFrom(type)) {
                throw new MappingException(this + " is DYNAMIC, so its field holds the query of its members; declare it "
                        + "as AppenderQuery<" + targetName + "> " + key() + " = new AppenderQuery<>() "
                        + "(io.junction.orm.loading.AppenderQuery), not " + type.getSimpleName());
            }
            queryFactory = QueryClass.factory(this, config.queryClass(), type);
            return field;
        }
        if (config.lazy() == Lazy.WRITE_ONLY) {
            if (!uselist) {
                throw new MappingException(this + " is WRITE_ONLY, which only a collection can be (" + describe()
                        + " refers to one " + targetName + "); drop lazy(Lazy.WRITE_ONLY) or uselist(false)");
            }
            if (!DynamicCollection.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)) {
                throw new MappingException(this + " is WRITE_ONLY, so its field holds a collection that is never loaded; "
                        + "declare it as WriteOnlyCollection<" + targetName + "> " + key() + " = new WriteOnlyCollection<>() "
                        + "(io.junction.orm.loading.WriteOnlyCollection), not " + type.getSimpleName());
            }
            return field;
        }
        if (uselist) {
            if (!Collection.class.isAssignableFrom(type) && type != Map.class) {
                throw new MappingException(this + " is a collection (" + describe() + ") but its field is a "
                        + type.getSimpleName() + "; declare it as List<" + targetName + ">, or pass uselist(false) for a scalar");
            }
            if (CollectionKinds.special(type, config.collectionClass())) {
                Class<?> member = CollectionKinds.memberType(field);
                if (member != null && !member.isAssignableFrom(target.type())) {
                    throw new MappingException(this + " holds " + targetName + " objects (" + describe() + ") but its field is a "
                            + type.getSimpleName() + " of " + member.getSimpleName() + "; declare it to hold " + targetName
                            + ", or point the relationship at " + member.getSimpleName() + ".class");
                }
                return field;
            }
            if (type != List.class && type != Set.class && type != Collection.class) {
                throw new MappingException(this + " is declared as " + type.getSimpleName() + "; declare it as List<"
                        + targetName + ">, Set<" + targetName + "> or Collection<" + targetName
                        + ">: Junction keeps its own instrumented collection in the field");
            }
            Class<?> element = elementType(field);
            if (element != null && !element.isAssignableFrom(target.type())) {
                throw new MappingException(this + " holds " + targetName + " objects (" + describe() + ") but its field is a "
                        + type.getSimpleName() + "<" + element.getSimpleName() + ">; declare it as " + type.getSimpleName()
                        + "<" + targetName + ">, or point the relationship at " + element.getSimpleName() + ".class");
            }
        } else if (!type.isAssignableFrom(target.type())) {
            throw new MappingException(this + " refers to one " + targetName + " (" + describe() + ") but its field is a "
                    + type.getSimpleName() + "; declare it as " + targetName
                    + (Collection.class.isAssignableFrom(type) ? ", or drop uselist(false) for a collection" : ""));
        }
        return field;
    }

    /** The element class of a collection field's declared type argument, or {@code null} when it names none. */
    private static Class<?> elementType(Field field) {
        if (field.getGenericType() instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1) {
            java.lang.reflect.Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> element) {
                return element;
            }
            if (argument instanceof java.lang.reflect.ParameterizedType nested && nested.getRawType() instanceof Class<?> raw) {
                return raw;
            }
        }
        return null;
    }

    private String describe() {
        return join.direction().name().toLowerCase().replace('_', '-');
    }

    @Override
    public String toString() {
        return parent().type().getSimpleName() + "." + key();
    }
}
