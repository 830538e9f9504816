package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Something that can stand in a FROM clause: a table, an alias, a join or a subquery. */
public abstract class FromClause implements SqlNode {

    /** The columns this FROM exposes, in order. */
    public abstract List<? extends ColumnClause> columns();

    /** A human-readable name for messages, such as {@code table 'nodes'}. */
    public abstract String description();

    /** Appends a reference to this FROM (not its full structure) to a shape key. */
    public abstract void describeReference(Shape shape);

    /**
     * The column named {@code name}.
     *
     * @throws IllegalArgumentException naming this FROM and its columns when there is none
     */
    public ColumnClause c(String name) {
        for (ColumnClause column : columns()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        throw new IllegalArgumentException(description() + " has no column '" + name + "'; its columns are "
                + columns().stream().map(ColumnClause::name).collect(Collectors.joining(", ", "[", "]")));
    }

    /** Whether a column of that name exists. */
    public boolean hasColumn(String name) {
        for (ColumnClause column : columns()) {
            if (column.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** An anonymous alias, named at compile time in order of appearance ({@code nodes_1}, {@code nodes_2}). */
    public Alias alias() {
        return new Alias(this, null);
    }

    /** An alias with the given name. */
    public Alias alias(String name) {
        return new Alias(this, name);
    }

    public Join join(FromClause right, ColumnElement on) {
        return new Join(this, right, on, false);
    }

    public Join outerJoin(FromClause right, ColumnElement on) {
        return new Join(this, right, on, true);
    }

    /** This FROM and every FROM nested in it (the sides of a join). */
    public List<FromClause> coveredFroms() {
        List<FromClause> result = new ArrayList<>();
        result.add(this);
        return result;
    }
}
