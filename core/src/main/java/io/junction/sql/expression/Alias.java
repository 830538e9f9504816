package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A second name for a table or a subquery, so the same table can appear more than once in a
 * statement. An alias without a name is named when compiled, in order of appearance
 * ({@code nodes_1}, {@code nodes_2}).
 */
public final class Alias extends FromClause {
    private final SqlNode element;
    private final String name;
    private final List<AliasColumn> columns;

    Alias(SqlNode element, String name) {
        this.element = element;
        this.name = name;
        List<AliasColumn> cols = new ArrayList<>();
        if (element instanceof Select select) {
            List<String> names = select.exportedNames();
            for (int i = 0; i < names.size(); i++) {
                cols.add(new AliasColumn(this, names.get(i), select.columns().get(i)));
            }
        } else {
            for (ColumnClause column : ((FromClause) element).columns()) {
                cols.add(new AliasColumn(this, column.name(), column));
            }
        }
        this.columns = Collections.unmodifiableList(cols);
    }

    /** The aliased table, alias or {@link Select}. */
    public SqlNode element() {
        return element;
    }

    /** The given name, or {@code null} for an anonymous alias. */
    public String name() {
        return name;
    }

    /** The name anonymous aliases are numbered from: the aliased table's name, or {@code anon}. */
    public String baseName() {
        if (element instanceof TableClause table) {
            return table.name();
        }
        if (element instanceof Alias alias) {
            return alias.name != null ? alias.name : alias.baseName();
        }
        return "anon";
    }

    @Override
    public List<AliasColumn> columns() {
        return columns;
    }

    /** {@inheritDoc} */
    @Override
    public AliasColumn c(String name) {
        return (AliasColumn) super.c(name);
    }

    /** The alias's column that stands for {@code column} of the aliased element. */
    public AliasColumn corresponding(ColumnElement column) {
        for (AliasColumn own : columns) {
            if (own.original() == column) {
                return own;
            }
        }
        throw new IllegalArgumentException(column + " is not a column of " + elementDescription());
    }

    @Override
    public String description() {
        return "alias " + (name != null ? "'" + name + "'" : "(anonymous)") + " of " + elementDescription();
    }

    private String elementDescription() {
        return element instanceof FromClause from ? from.description() : "a subquery";
    }

    @Override
    public void describeReference(Shape shape) {
        shape.token("A:" + (name == null ? "" : name));
        if (name == null) {
            shape.anonymous(this);
        }
        if (element instanceof TableClause table) {
            table.describeReference(shape);
        } else if (shape.firstSeen(this)) {
            element.describe(shape);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlias(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("alias");
        describeReference(shape);
        shape.close();
    }

    /** A column seen through an alias. */
    public static final class AliasColumn extends ColumnClause {
        private final Alias alias;
        private final String name;
        private final ColumnElement original;

        AliasColumn(Alias alias, String name, ColumnElement original) {
            this.alias = alias;
            this.name = name;
            this.original = original;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Alias from() {
            return alias;
        }

        /** The column of the aliased element this column stands for. */
        public ColumnElement original() {
            return original;
        }

        @Override
        public ValueType valueType() {
            return original.valueType();
        }
    }
}
