package io.junction.orm.relationship;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable declaration of a relationship's reverse side, SQLAlchemy's {@code backref()}:
 * {@code backref("parent").remoteSide(nodes.c("id"))}. Each option returns a copy.
 */
public final class Backref {
    private final String name;
    private Boolean uselist;
    private Lazy lazy = Lazy.SELECT;
    private Cascade cascade = Cascade.DEFAULT;
    private List<Column> remoteSide = List.of();
    private ColumnElement primaryJoin;
    private ColumnElement secondaryJoin;
    private List<Column> foreignKeys = List.of();
    private boolean viewonly;
    private boolean postUpdate;
    private boolean passiveUpdates = true;
    private List<OrderBy> orderBy = List.of();
    private Integer joinDepth;

    Backref(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a backref needs a name");
        }
        this.name = name;
    }

    /** A backref named {@code name}, to configure further: {@code backref("parent").uselist(false)}. */
    public static Backref backref(String name) {
        return new Backref(name);
    }

    private Backref copy() {
        Backref copy = new Backref(name);
        copy.uselist = uselist;
        copy.lazy = lazy;
        copy.cascade = cascade;
        copy.remoteSide = remoteSide;
        copy.primaryJoin = primaryJoin;
        copy.secondaryJoin = secondaryJoin;
        copy.foreignKeys = foreignKeys;
        copy.viewonly = viewonly;
        copy.postUpdate = postUpdate;
        copy.passiveUpdates = passiveUpdates;
        copy.orderBy = orderBy;
        copy.joinDepth = joinDepth;
        return copy;
    }

    public Backref uselist(boolean collection) {
        Backref copy = copy();
        copy.uselist = collection;
        return copy;
    }

    public Backref lazy(Lazy strategy) {
        Backref copy = copy();
        copy.lazy = strategy;
        return copy;
    }

    public Backref cascade(String spec) {
        Backref copy = copy();
        copy.cascade = Cascade.parse(spec);
        return copy;
    }

    public Backref remoteSide(Column... columns) {
        Backref copy = copy();
        copy.remoteSide = List.of(columns);
        return copy;
    }

    public Backref primaryJoin(ColumnElement condition) {
        Backref copy = copy();
        copy.primaryJoin = condition;
        return copy;
    }

    public Backref secondaryJoin(ColumnElement condition) {
        Backref copy = copy();
        copy.secondaryJoin = condition;
        return copy;
    }

    public Backref foreignKeys(Column... columns) {
        Backref copy = copy();
        copy.foreignKeys = List.of(columns);
        return copy;
    }

    public Backref viewonly(boolean readOnly) {
        Backref copy = copy();
        copy.viewonly = readOnly;
        return copy;
    }

    public Backref postUpdate(boolean update) {
        Backref copy = copy();
        copy.postUpdate = update;
        return copy;
    }

    public Backref passiveUpdates(boolean passive) {
        Backref copy = copy();
        copy.passiveUpdates = passive;
        return copy;
    }

    public Backref orderBy(Object... items) {
        Backref copy = copy();
        List<OrderBy> list = new ArrayList<>();
        for (Object item : items) {
            list.add(item instanceof OrderBy order ? order : ((ColumnElement) item).asc());
        }
        copy.orderBy = List.copyOf(list);
        return copy;
    }

    public Backref joinDepth(int levels) {
        Backref copy = copy();
        copy.joinDepth = levels;
        return copy;
    }

    public String name() {
        return name;
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

    public List<Column> remoteSide() {
        return remoteSide;
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
}
