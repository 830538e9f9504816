package io.junction.sql.expression;

/** The LIKE patterns of {@code contains}, {@code startsWith} and {@code endsWith}, with SQLAlchemy's autoescape. */
final class LikePatterns {
    /** The escape character autoescape uses, as SQLAlchemy's. */
    static final char AUTOESCAPE = '/';

    private LikePatterns() {
    }

    /** {@code target LIKE prefix || value || suffix}, the whole pattern one bound value. */
    static ColumnElement match(ColumnElement target, Object value, boolean autoescape, String prefix, String suffix,
                               String method) {
        if (value instanceof SqlNode) {
            throw new IllegalArgumentException(method + "(...) takes a value, not " + value.getClass().getSimpleName()
                    + "; to match a pattern built from expressions, use like(...)");
        }
        if (value == null) {
            throw new IllegalArgumentException(method + "(...) needs a value, not null; use isNull() to match NULL");
        }
        if (!autoescape) {
            return new Like(target, target.operand(prefix + value + suffix), false, null);
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(method + "(..., autoescape) needs a String value, not "
                    + value.getClass().getSimpleName());
        }
        String pattern = prefix + escape(text, AUTOESCAPE) + suffix;
        return new Like(target, target.operand(pattern), false, AUTOESCAPE);
    }

    /** {@code value} with {@code %}, {@code _} and {@code escape} itself preceded by {@code escape}. */
    static String escape(String value, char escape) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '_' || c == escape) {
                escaped.append(escape);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
