package io.junction.sql.compiler;

import io.junction.sql.expression.BindParameter;
import io.junction.sql.expression.Statement;
import io.junction.sql.expression.ValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A statement compiled for one dialect: SQL text, and its parameter values in the order of the {@code ?}s. */
public final class Compiled {
    private final Statement statement;
    private final SqlTemplate template;
    private final List<BindParameter> binds;

    public Compiled(Statement statement, SqlTemplate template, List<BindParameter> binds) {
        this.statement = statement;
        this.template = template;
        this.binds = binds;
    }

    public Statement statement() {
        return statement;
    }

    public String sql() {
        return template.sql();
    }

    /** The parameter values as the columns store them (converted types converted); every keyed parameter must have been given a value. */
    public List<Object> parameters() {
        return parameters(Map.of());
    }

    /** The parameter values, taking keyed parameters from {@code row} (one row of a batch). */
    public List<Object> parameters(Map<String, ?> row) {
        int[] order = template.parameterOrder();
        List<Object> values = new ArrayList<>(order.length);
        for (int index : order) {
            BindParameter bind = binds.get(index);
            if (bind.key() == null) {
                values.add(toDatabase(bind, bind.value()));
            } else if (row.containsKey(bind.key())) {
                values.add(toDatabase(bind, row.get(bind.key())));
            } else if (bind.value() != null) {
                values.add(toDatabase(bind, bind.value()));
            } else {
                throw new IllegalArgumentException("no value for parameter '" + bind.key() + "' of " + sql()
                        + "; the row has " + row.keySet());
            }
        }
        return values;
    }

    /** A parameter's value as its column stores it: through the converter of a converted type. */
    private static Object toDatabase(BindParameter bind, Object value) {
        ValueType type = bind.valueType();
        return type == null || value == null ? value : type.toDatabase(value);
    }

    /** The type of each parameter (used to bind NULLs), {@code null} where unknown. */
    public List<ValueType> parameterTypes() {
        int[] order = template.parameterOrder();
        List<ValueType> types = new ArrayList<>(order.length);
        for (int index : order) {
            types.add(binds.get(index).valueType());
        }
        return types;
    }

    @Override
    public String toString() {
        return sql();
    }
}
