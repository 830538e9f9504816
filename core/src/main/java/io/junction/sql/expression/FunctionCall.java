package io.junction.sql.expression;

import java.util.List;

/** A SQL function call such as {@code count(*)} or {@code lower(name)}. */
public final class FunctionCall extends ColumnElement {
    private final String name;
    private final List<ColumnElement> arguments;
    private final ValueType type;

    public FunctionCall(String name, List<ColumnElement> arguments, ValueType type) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
    }

    public String name() {
        return name;
    }

    /** The arguments; none renders {@code name(*)}. */
    public List<ColumnElement> arguments() {
        return arguments;
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
        shape.open("fn").token(name);
        for (ColumnElement argument : arguments) {
            argument.describe(shape);
        }
        shape.close();
    }
}
