package io.junction.orm.relationship;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.PropertySpec;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The immutable declaration of a relationship, SQLAlchemy's {@code relationship()}:
 * {@code relationship("children", Child.class).backref("parent")}. Each option returns a copy.
 */
public final class Relationship implements PropertySpec {
    private final String name;
    private final Class<?> target;
    private Backref backref;
    private String backPopulates;
    private Boolean uselist;
    private Lazy lazy = Lazy.SELECT;
    private Cascade cascade = Cascade.DEFAULT;
    private Table secondary;
    private ColumnElement primaryJoin;
    private ColumnElement secondaryJoin;
    private List<Column> foreignKeys = List.of();
    private List<Column> remoteSide = List.of();
    private boolean viewonly;
    private boolean postUpdate;
    private boolean passiveUpdates = true;
    private List<OrderBy> orderBy = List.of();
    private Integer joinDepth;

    private Relationship(String name, Class<?> target) {
        this.name = name;
        this.target = target;
    }

    private Relationship copy() {
        Relationship copy = new Relationship(name, target);
        copy.backref = backref;
        copy.backPopulates = backPopulates;
        copy.uselist = uselist;
        copy.lazy = lazy;
        copy.cascade = cascade;
        copy.secondary = secondary;
        copy.primaryJoin = primaryJoin;
        copy.secondaryJoin = secondaryJoin;
        copy.foreignKeys = foreignKeys;
        copy.remoteSide = remoteSide;
        copy.viewonly = viewonly;
        copy.postUpdate = postUpdate;
        copy.passiveUpdates = passiveUpdates;
        copy.orderBy = orderBy;
        copy.joinDepth = joinDepth;
        return copy;
    }

    /** A relationship named {@code name} (the field's name) to objects of {@code target}. */
    public static Relationship relationship(String name, Class<?> target) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a relationship needs a name");
        }
        if (target == null) {
            throw new IllegalArgumentException("relationship '" + name + "' needs a target class");
        }
        return new Relationship(name, target);
    }

    /** Also creates the reverse relationship {@code name} on the target class. */
    public Relationship backref(String backrefName) {
        return backref(new Backref(backrefName));
    }

    public Relationship backref(Backref reverse) {
        Relationship copy = copy();
        copy.backref = reverse;
        return copy;
    }

    /** Pairs with an explicitly declared relationship {@code name} on the target class. */
    public Relationship backPopulates(String name) {
        Relationship copy = copy();
        copy.backPopulates = name;
        return copy;
    }

    /** False for a scalar (one-to-one) where a collection would be the default. */
    public Relationship uselist(boolean collection) {
        Relationship copy = copy();
        copy.uselist = collection;
        return copy;
    }

    public Relationship lazy(Lazy strategy) {
        Relationship copy = copy();
        copy.lazy = strategy;
        return copy;
    }

    /** The cascade, such as {@code "all, delete-orphan"}. */
    public Relationship cascade(String spec) {
        Relationship copy = copy();
        copy.cascade = Cascade.parse(spec);
        return copy;
    }

    /** The association table of a many-to-many. */
    public Relationship secondary(Table association) {
        Relationship copy = copy();
        copy.secondary = association;
        return copy;
    }

    public Relationship primaryJoin(ColumnElement condition) {
        Relationship copy = copy();
        copy.primaryJoin = condition;
        return copy;
    }

    public Relationship secondaryJoin(ColumnElement condition) {
        Relationship copy = copy();
        copy.secondaryJoin = condition;
        return copy;
    }

    /** The columns that act as foreign keys in the join condition, when the tables declare none. */
    public Relationship foreignKeys(Column... columns) {
        Relationship copy = copy();
        copy.foreignKeys = List.of(columns);
        return copy;
    }

    /** The columns on the remote side, for a self-referential many-to-one: {@code remoteSide(nodes.c("id"))}. */
    public Relationship remoteSide(Column... columns) {
        Relationship copy = copy();
        copy.remoteSide = List.of(columns);
        return copy;
    }

    /** Loads but never writes. */
    public Relationship viewonly(boolean readOnly) {
        Relationship copy = copy();
        copy.viewonly = readOnly;
        return copy;
    }

    /** Writes this relationship's foreign key by a second UPDATE, to break a cycle of rows. */
    public Relationship postUpdate(boolean update) {
        Relationship copy = copy();
        copy.postUpdate = update;
        return copy;
    }

    /** True (the default) when the database cascades primary key changes to foreign keys. */
    public Relationship passiveUpdates(boolean passive) {
        Relationship copy = copy();
        copy.passiveUpdates = passive;
        return copy;
    }

    /** The order of a collection's members: columns (ascending) or {@link OrderBy} items. */
    public Relationship orderBy(Object... items) {
        Relationship copy = copy();
        List<OrderBy> list = new ArrayList<>();
        for (Object item : Arrays.asList(items)) {
            if (item instanceof OrderBy order) {
                list.add(order);
            } else if (item instanceof ColumnElement column) {
                list.add(column.asc());
            } else {
                throw new IllegalArgumentException("relationship '" + name + "' cannot be ordered by " + item);
            }
        }
        copy.orderBy = List.copyOf(list);
        return copy;
    }

    /** How many levels a self-referential eager load joins. */
    public Relationship joinDepth(int levels) {
        Relationship copy = copy();
        copy.joinDepth = levels;
        return copy;
    }

    @Override
    public String name() {
        return name;
    }

    public Class<?> target() {
        return target;
    }

    public Backref backref() {
        return backref;
    }

    public String backPopulates() {
        return backPopulates;
    }

    public Boolean uselist() {
        return uselist;
    }

    public Lazy lazy() {
        return lazy;
    }

    public Cascade cascade() {
        return cascade;
    }

    public Table secondary() {
        return secondary;
    }

    public ColumnElement primaryJoin() {
        return primaryJoin;
    }

    public ColumnElement secondaryJoin() {
        return secondaryJoin;
    }

    public List<Column> foreignKeys() {
        return foreignKeys;
    }

    public List<Column> remoteSide() {
        return remoteSide;
    }

    public boolean viewonly() {
        return viewonly;
    }

    public boolean postUpdate() {
        return postUpdate;
    }

    public boolean passiveUpdates() {
        return passiveUpdates;
    }

    public List<OrderBy> orderBy() {
        return orderBy;
    }

    public Integer joinDepth() {
        return joinDepth;
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new RelationshipProperty(this, mapper, null);
    }

    /** The declaration of the reverse side described by {@code reverse}, from {@code owner} back to this relationship's parent. */
    static Relationship reverseOf(Backref reverse, Class<?> owner, Relationship forward) {
        Relationship r = new Relationship(reverse.name(), owner);
        r.uselist = reverse.uselist();
        r.lazy = reverse.lazy();
        r.cascade = reverse.cascade();
        r.secondary = forward.secondary;
        r.remoteSide = reverse.remoteSide();
        r.primaryJoin = reverse.primaryJoin();
        r.secondaryJoin = reverse.secondaryJoin();
        r.foreignKeys = reverse.foreignKeys();
        r.viewonly = forward.viewonly || reverse.viewonly();
        r.postUpdate = reverse.postUpdate();
        r.passiveUpdates = reverse.passiveUpdates();
        r.orderBy = reverse.orderBy();
        r.joinDepth = reverse.joinDepth();
        return r;
    }
}
