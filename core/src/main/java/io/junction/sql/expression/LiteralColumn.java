package io.junction.sql.expression;

/**
 * SQL text written into the statement as is, such as the {@code 1} of {@code EXISTS (SELECT 1 ...)};
 * SQLAlchemy's {@code literal_column}. Never put a user's value here: values are bind parameters.
 */
public final class LiteralColumn extends ColumnElement {
    private final String text;

    LiteralColumn(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitLiteralColumn(this);
    }

    @Override
    public void describe(Shape shape) {
        shape.token("literal:" + text);
    }
}
