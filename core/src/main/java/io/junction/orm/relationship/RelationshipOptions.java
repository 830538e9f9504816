package io.junction.orm.relationship;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options a {@link Relationship} and a {@link Backref} share, SQLAlchemy's keyword arguments
 * of {@code relationship()} and {@code backref()}. Immutable: each option returns a copy of the
 * concrete builder.
 */
public abstract class RelationshipOptions<B extends RelationshipOptions<B>> {
    private Boolean uselist;
    private Lazy lazy = Lazy.SELECT;
    private Cascade cascade = Cascade.DEFAULT;
    private ColumnElement primaryJoin;
    private ColumnElement secondaryJoin;
    private List<Column> foreignKeys = List.of();
    private List<Column> remoteSide = List.of();
    private Boolean viewonly;
    private Boolean postUpdate;
    private Boolean passiveUpdates;
    private List<OrderBy> orderBy = List.of();
    private Integer joinDepth;
    private boolean singleParent;
    private Class<?> queryClass;
    private boolean loadOnPending;
    private PassiveDeletes passiveDeletes = PassiveDeletes.OFF;
    private boolean activeHistory;
    private boolean enableTypechecks = true;
    private Boolean syncBackref;
    private boolean innerJoin;
    private Boolean distinctTargetKey;
    private Set<String> overlaps = Set.of();
    private Map<String, Object> info = Map.of();
    private String doc;
    private String mistake;
    private CollectionClass collectionClass;

    RelationshipOptions() {
    }

    /** A copy of the builder's own fields, with default options; {@link #copy()} adds the options. */
    abstract B blank();

    /** A copy of this builder with one change. */
    private B with(java.util.function.Consumer<RelationshipOptions<?>> change) {
        B copy = copy();
        change.accept(copy);
        return copy;
    }

    /** A copy of this builder. */
    B copy() {
        B copy = blank();
        copy.copyOptionsFrom(this);
        return copy;
    }

    /** Takes every option of {@code other}. */
    void copyOptionsFrom(RelationshipOptions<?> other) {
        uselist = other.uselist;
        lazy = other.lazy;
        cascade = other.cascade;
        primaryJoin = other.primaryJoin;
        secondaryJoin = other.secondaryJoin;
        foreignKeys = other.foreignKeys;
        remoteSide = other.remoteSide;
        viewonly = other.viewonly;
        postUpdate = other.postUpdate;
        passiveUpdates = other.passiveUpdates;
        orderBy = other.orderBy;
        joinDepth = other.joinDepth;
        singleParent = other.singleParent;
        queryClass = other.queryClass;
        loadOnPending = other.loadOnPending;
        passiveDeletes = other.passiveDeletes;
        activeHistory = other.activeHistory;
        enableTypechecks = other.enableTypechecks;
        syncBackref = other.syncBackref;
        innerJoin = other.innerJoin;
        distinctTargetKey = other.distinctTargetKey;
        overlaps = other.overlaps;
        info = other.info;
        doc = other.doc;
        mistake = other.mistake;
        collectionClass = other.collectionClass;
    }

    /** False for a scalar (one-to-one) where a collection would be the default. */
    public B uselist(boolean collection) {
        return with(o -> o.uselist = collection);
    }

    public B lazy(Lazy strategy) {
        return with(o -> o.lazy = strategy);
    }

    /**
     * The cascade, such as {@code "all, delete-orphan"}. An unknown word is reported when the
     * mapping is configured, naming the relationship.
     */
    public B cascade(String spec) {
        try {
            Cascade parsed = Cascade.parse(spec);
            return with(o -> o.cascade = parsed);
        } catch (IllegalArgumentException unknown) {
            return with(o -> o.mistake = unknown.getMessage());
        }
    }

    public B primaryJoin(ColumnElement condition) {
        return with(o -> o.primaryJoin = condition);
    }

    public B secondaryJoin(ColumnElement condition) {
        return with(o -> o.secondaryJoin = condition);
    }

    /** The columns that act as foreign keys in the join condition, when the tables declare none. */
    public B foreignKeys(Column... columns) {
        return with(o -> o.foreignKeys = List.of(columns));
    }

    /** The columns on the remote side, for a self-referential many-to-one: {@code remoteSide(nodes.c("id"))}. */
    public B remoteSide(Column... columns) {
        return with(o -> o.remoteSide = List.of(columns));
    }

    /** Loads but never writes. */
    public B viewonly(boolean readOnly) {
        return with(o -> o.viewonly = readOnly);
    }

    /** Writes this relationship's foreign key by a second UPDATE, to break a cycle of rows. */
    public B postUpdate(boolean update) {
        return with(o -> o.postUpdate = update);
    }

    /** True (the default) when the database cascades primary key changes to foreign keys. */
    public B passiveUpdates(boolean passive) {
        return with(o -> o.passiveUpdates = passive);
    }

    /** The order of a collection's members: columns (ascending) or {@link OrderBy} items. */
    public B orderBy(Object... items) {
        List<OrderBy> list = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof OrderBy order) {
                list.add(order);
            } else if (item instanceof ColumnElement column) {
                list.add(column.asc());
            } else {
                throw new IllegalArgumentException("a relationship cannot be ordered by " + item
                        + "; give columns or column.desc()");
            }
        }
        return with(o -> o.orderBy = List.copyOf(list));
    }

    /** How many levels a self-referential eager load joins; zero or more. */
    public B joinDepth(int levels) {
        if (levels < 0) {
            return with(o -> o.mistake = "joinDepth(" + levels + ") is negative; give the number of levels an eager "
                    + "load joins (0 or more), or leave joinDepth out");
        }
        return with(o -> o.joinDepth = levels);
    }

    /**
     * Each target object belongs to at most one parent through this relationship, SQLAlchemy's
     * {@code single_parent=True}: giving an object a second parent fails. Required with
     * {@code delete-orphan} on a many-to-one or a many-to-many, where a target could otherwise be
     * shared by several parents and deleted as an orphan of one of them.
     */
    public B singleParent(boolean single) {
        return with(o -> o.singleParent = single);
    }

    /**
     * For a {@code Lazy.DYNAMIC} relationship, SQLAlchemy's {@code query_class}: the subclass of
     * {@code AppenderQuery} Junction makes, by its no-argument constructor, for each object it loads
     * (declare the field with this class, or a supertype of it).
     */
    public B queryClass(Class<?> type) {
        return with(o -> o.queryClass = type);
    }

    /**
     * SQLAlchemy's {@code load_on_pending=True}: on an object added to a session and not yet flushed,
     * reading the relationship while it holds nothing loads it by the object's current key values
     * (a many-to-one by its foreign key), without an autoflush.
     */
    public B loadOnPending(boolean load) {
        return with(o -> o.loadOnPending = load);
    }

    /**
     * {@code passiveDeletes(true)}: deleting a parent leaves its unloaded members to the database's
     * {@code ON DELETE CASCADE} or {@code SET NULL} instead of loading them, SQLAlchemy's
     * {@code passive_deletes=True}; {@code false} (the default) loads and processes them.
     */
    public B passiveDeletes(boolean passive) {
        return passiveDeletes(passive ? PassiveDeletes.ON : PassiveDeletes.OFF);
    }

    /** How a deleted parent's members are left to the database; see {@link PassiveDeletes}. */
    public B passiveDeletes(PassiveDeletes mode) {
        if (mode == null) {
            return with(o -> o.mistake = "passiveDeletes(null) gives no mode; give PassiveDeletes.OFF, ON or ALL");
        }
        return with(o -> o.passiveDeletes = mode);
    }

    /**
     * Loads the object a reference replaces when it is not loaded, so that the attribute's history
     * holds it, SQLAlchemy's {@code active_history=True}; without it the old value of an unloaded
     * many-to-one is known only when the identity map holds it.
     */
    public B activeHistory(boolean load) {
        return with(o -> o.activeHistory = load);
    }

    /**
     * SQLAlchemy's {@code enable_typechecks}. {@code true} (the default): an object that is not an
     * instance of the target class is refused as soon as it is set or appended, naming the
     * relationship and both classes. {@code false} skips that check; such an object is then refused
     * by the save-update cascade or by the flush.
     */
    public B enableTypechecks(boolean check) {
        return with(o -> o.enableTypechecks = check);
    }

    /**
     * {@code false}: a change to this side is not mirrored in memory on the other side of its
     * backref (the flush still writes it), SQLAlchemy's {@code sync_backref=False}. By default a
     * writable side mirrors its changes; {@code true} on a viewonly relationship, or on a side whose
     * other side is viewonly, is refused.
     */
    public B syncBackref(boolean sync) {
        return with(o -> o.syncBackref = sync);
    }

    /** Joined eager loads use an INNER JOIN instead of a LEFT OUTER JOIN, SQLAlchemy's {@code innerjoin=True}. */
    public B innerJoin(boolean inner) {
        return with(o -> o.innerJoin = inner);
    }

    /**
     * Whether a subquery eager load applies DISTINCT to the parent query it repeats, SQLAlchemy's
     * {@code distinct_target_key}: {@code false} leaves it out (the parent rows' keys are unique
     * already), {@code true} keeps it. By default Junction applies it. A parent query with a LIMIT
     * or OFFSET is repeated as it is, without DISTINCT, either way.
     */
    public B distinctTargetKey(boolean distinct) {
        return with(o -> o.distinctTargetKey = distinct);
    }

    /**
     * The relationships ({@code "a, b"}) that knowingly write the same columns as this one: the
     * warning about conflicting writes names them otherwise, SQLAlchemy's {@code overlaps}.
     */
    public B overlaps(String names) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String name : names == null ? new String[0] : names.split(",")) {
            if (!name.isBlank()) {
                parsed.add(name.strip());
            }
        }
        return with(o -> o.overlaps = Set.copyOf(parsed));
    }

    /** User data kept with the relationship and readable from its inspection view, SQLAlchemy's {@code info}. */
    public B info(Map<String, ?> data) {
        return with(o -> o.info = Map.copyOf(data));
    }

    /** A description of the relationship, readable from its inspection view, SQLAlchemy's {@code doc}. */
    public B doc(String text) {
        return with(o -> o.doc = text);
    }

    /**
     * How the collection holds its members when not in a plain {@code List} or {@code Set}
     * (SQLAlchemy's {@code collection_class}): {@code collection(keyedBy("keyword"))} for a
     * {@code Map}, {@code orderingList("position")}, {@code sortedBy(comparator)}; see {@link CollectionClass}.
     */
    public B collection(CollectionClass kind) {
        return with(o -> o.collectionClass = kind);
    }

    /** The collection class option, or {@code null} for a plain List or Set. */
    public CollectionClass collectionClass() {
        return collectionClass;
    }

    Boolean uselist() {
        return uselist;
    }

    /** The {@link #queryClass(Class)}, or {@code null}. */
    public Class<?> queryClass() {
        return queryClass;
    }

    public boolean loadOnPending() {
        return loadOnPending;
    }

    Lazy lazy() {
        return lazy;
    }

    Cascade cascade() {
        return cascade;
    }

    public ColumnElement primaryJoin() {
        return primaryJoin;
    }

    ColumnElement secondaryJoin() {
        return secondaryJoin;
    }

    public List<Column> foreignKeys() {
        return foreignKeys;
    }

    public List<Column> remoteSide() {
        return remoteSide;
    }

    boolean viewonly() {
        return viewonly != null && viewonly;
    }

    public boolean postUpdate() {
        return postUpdate != null && postUpdate;
    }

    public boolean passiveUpdates() {
        return passiveUpdates == null || passiveUpdates;
    }

    /**
     * Takes from {@code forward} the options a backref inherits unless it sets them itself, as
     * SQLAlchemy's {@code backref()} does: viewonly, postUpdate, passiveUpdates and syncBackref.
     */
    void inheritFrom(RelationshipOptions<?> forward) {
        if (viewonly == null) {
            viewonly = forward.viewonly;
        }
        if (postUpdate == null) {
            postUpdate = forward.postUpdate;
        }
        if (passiveUpdates == null) {
            passiveUpdates = forward.passiveUpdates;
        }
        if (syncBackref == null) {
            syncBackref = forward.syncBackref;
        }
    }

    public List<OrderBy> orderBy() {
        return orderBy;
    }

    public Integer joinDepth() {
        return joinDepth;
    }

    boolean singleParent() {
        return singleParent;
    }

    public PassiveDeletes passiveDeletes() {
        return passiveDeletes;
    }

    boolean activeHistory() {
        return activeHistory;
    }

    boolean enableTypechecks() {
        return enableTypechecks;
    }

    /** The {@link #syncBackref(boolean)} given, or {@code null} when left to the default. */
    Boolean syncBackref() {
        return syncBackref;
    }

    public boolean innerJoin() {
        return innerJoin;
    }

    /** The {@link #distinctTargetKey(boolean)} given, or {@code null} when left to the default. */
    public Boolean distinctTargetKey() {
        return distinctTargetKey;
    }

    Set<String> overlaps() {
        return overlaps;
    }

    public Map<String, Object> info() {
        return info;
    }

    public String doc() {
        return doc;
    }

    /** An invalid option given to this builder, described with its fix, or {@code null}; configuration reports it. */
    String mistake() {
        return mistake;
    }
}
