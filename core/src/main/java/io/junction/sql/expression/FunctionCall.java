package io.junction.sql.expression;

import java.util.List;

/** A SQL function call such as {@code count(*)} or {@code lower(name)}. */
public final class FunctionCall extends ColumnElement {
    private final String name;
    private final List<ColumnElement> arguments;
    private final ValueType type;
    private final boolean star;

    /** {@code name(arguments...)}; without arguments {@code name()}. */
    public FunctionCall(String name, List<ColumnElement> arguments, ValueType type) {
        this(name, arguments, type, false);
    }

    FunctionCall(String name, List<ColumnElement> arguments, ValueType type, boolean star) {
        if (star && !arguments.isEmpty()) {
            throw new IllegalArgumentException(name + "(*) takes no arguments");
        }
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
        this.star = star;
    }

    public String name() {
        return name;
    }

    /** The arguments. */
    public List<ColumnElement> arguments() {
        return arguments;
    }

    /** True for {@code name(*)}, as in {@code count(*)}. */
    public boolean star() {
        return star;
    }

    @Override
    public ValueType valueType() {
        return type;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFunction(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.open("fn").token(star ? name + "(*)" : name);
        for (ColumnElement argument : arguments) {
            argument.describe(shape);
        }
        shape.close();
    }
}
