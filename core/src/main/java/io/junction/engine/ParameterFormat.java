package io.junction.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes bound values the way the seed's SQL echo shows them: {@code ['subchild1', 'child2']}.
 * Strings are single-quoted with {@code '} and {@code \} escaped, numbers and booleans are bare,
 * NULL is {@code None}, and anything else is its quoted {@code toString()}.
 */
final class ParameterFormat {
    /** The most parameter sets of a batch that echo and error messages show. */
    static final int MAX_SETS = 10;

    private ParameterFormat() {
    }

    /** One value. */
    static String value(Object value) {
        StringBuilder out = new StringBuilder();
        appendValue(out, value);
        return out.toString();
    }

    /** The values of one statement: {@code ['a', 1]}, or {@code []}. */
    static String values(List<?> values) {
        StringBuilder out = new StringBuilder();
        appendValues(out, values);
        return out.toString();
    }

    /**
     * The parameter sets of a batch: {@code [['a', 1], ['b', 2]]}; beyond {@link #MAX_SETS} sets,
     * the first ten and then {@code ... displaying 10 of N total bound parameter sets ...}.
     */
    static String sets(List<? extends List<?>> sets) {
        StringBuilder out = new StringBuilder("[");
        int shown = Math.min(sets.size(), MAX_SETS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendValues(out, sets.get(i));
        }
        out.append(']');
        if (sets.size() > shown) {
            out.append(" ... displaying ").append(shown).append(" of ").append(sets.size())
                    .append(" total bound parameter sets ...");
        }
        return out.toString();
    }

    private static void appendValues(StringBuilder out, List<?> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendValue(out, values.get(i));
        }
        out.append(']');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof byte[] bytes) {
            out.append("<").append(bytes.length).append(" bytes>");
        } else {
            quote(out, value.toString());
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('\'');
    }
}
