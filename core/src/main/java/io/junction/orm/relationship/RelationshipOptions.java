package io.junction.orm.relationship;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.List;

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
     * SQLAlchemy's {@code backref()} does: viewonly, postUpdate and passiveUpdates.
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

    /** An invalid option given to this builder, described with its fix, or {@code null}; configuration reports it. */
    String mistake() {
        return mistake;
    }
}
