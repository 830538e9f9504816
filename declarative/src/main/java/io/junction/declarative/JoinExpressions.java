package io.junction.declarative;

import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.OrderBy;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The small expression language of {@code primaryJoin}, {@code secondaryJoin}, {@code foreignKeys},
 * {@code remoteSide} and {@code orderBy}: names {@code Class.field}, {@code table.column} or a bare
 * {@code field}; literals {@code 'text'}, {@code "text"}, numbers, {@code true}, {@code false},
 * {@code null}; comparisons {@code == = != <> < <= > >=}, {@code is [not] null}; {@code and},
 * {@code or}, {@code not} (also {@code && || !}) and parentheses.
 */
final class JoinExpressions {
    private final String source;
    private final String context;
    private final Function<String, Column> names;
    private final List<String> tokens;
    private int position;

    private JoinExpressions(String source, String context, Function<String, Column> names) {
        this.source = source;
        this.context = context;
        this.names = names;
        this.tokens = tokenize(source, context);
    }

    /** Parses a condition; {@code names} resolves each name to a column (or throws naming the closest ones). */
    static ColumnElement condition(String source, String context, Function<String, Column> names) {
        JoinExpressions parser = new JoinExpressions(source, context, names);
        ColumnElement result = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return result;
    }

    /** {@code "data"}, {@code "Node.data desc"}: a column with an optional direction. */
    static OrderBy orderBy(String source, String context, Function<String, Column> names) {
        String[] parts = source.trim().split("\\s+");
        Column column = names.apply(parts[0]);
        if (parts.length == 1 || parts[1].equalsIgnoreCase("asc")) {
            return column.asc();
        }
        if (parts.length == 2 && parts[1].equalsIgnoreCase("desc")) {
            return column.desc();
        }
        throw new DeclarativeException(context + ": cannot read orderBy \"" + source
                + "\"; write a column name, optionally followed by asc or desc, such as \"Node.data desc\"");
    }

    private ColumnElement or() {
        List<ColumnElement> terms = new ArrayList<>();
        terms.add(and());
        while (accept("or") || accept("||")) {
            terms.add(and());
        }
        return terms.size() == 1 ? terms.get(0) : Sql.or(terms);
    }

    private ColumnElement and() {
        List<ColumnElement> terms = new ArrayList<>();
        terms.add(not());
        while (accept("and") || accept("&&")) {
            terms.add(not());
        }
        return terms.size() == 1 ? terms.get(0) : Sql.and(terms);
    }

    private ColumnElement not() {
        if (accept("not") || accept("!")) {
            return Sql.not(not());
        }
        return comparison();
    }

    private ColumnElement comparison() {
        if (accept("(")) {
            ColumnElement inner = or();
            expect(")");
            return inner;
        }
        Object left = operand();
        if (accept("is")) {
            boolean negated = accept("not");
            expect("null");
            ColumnElement column = asElement(left);
            return negated ? column.isNotNull() : column.isNull();
        }
        String op = position < tokens.size() ? tokens.get(position) : null;
        if (op == null || !List.of("==", "=", "!=", "<>", "<", "<=", ">", ">=").contains(op)) {
            throw error(op == null ? "a comparison is incomplete" : "expected a comparison operator, not '" + op + "'");
        }
        position++;
        Object right = operand();
        if (!(left instanceof ColumnElement) && right instanceof ColumnElement) {
            Object swap = left;
            left = right;
            right = swap;
            op = switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
        }
        ColumnElement column = asElement(left);
        Object value = right instanceof NullLiteral ? null : right;
        return switch (op) {
            case "==", "=" -> column.eq(value);
            case "!=", "<>" -> column.ne(value);
            case "<" -> column.lt(value);
            case "<=" -> column.le(value);
            case ">" -> column.gt(value);
            default -> column.ge(value);
        };
    }

    private enum NullLiteral { NULL }

    private Object operand() {
        if (position >= tokens.size()) {
            throw error("the condition ends where a name or value was expected");
        }
        String token = tokens.get(position++);
        char first = token.charAt(0);
        if (first == '\'' || first == '"') {
            return token.substring(1, token.length() - 1).replace(String.valueOf(first) + first, String.valueOf(first));
        }
        if (Character.isDigit(first) || (first == '-' && token.length() > 1)) {
            if (token.contains(".")) {
                return new BigDecimal(token);
            }
            long value = Long.parseLong(token);
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        switch (token.toLowerCase()) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return NullLiteral.NULL;
            default:
                break;
        }
        if (!Character.isJavaIdentifierStart(first)) {
            throw error("expected a name or a value, not '" + token + "'");
        }
        return names.apply(token);
    }

    private ColumnElement asElement(Object operand) {
        if (operand instanceof ColumnElement element) {
            return element;
        }
        return Sql.literal(operand instanceof NullLiteral ? null : operand);
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("expected '" + token + "'" + (position < tokens.size() ? " before '" + tokens.get(position) + "'" : " at the end"));
        }
    }

    private DeclarativeException error(String problem) {
        return new DeclarativeException(context + ": cannot read the condition \"" + source + "\": " + problem
                + "; write names as Class.field or table.column, values as 'text' or numbers, and combine "
                + "comparisons (== != < <= > >=) with and/or, such as \"User.id == Address.userId and Address.city == 'Boston'\"");
    }

    private static List<String> tokenize(String source, String context) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '\'' || ch == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= source.length()) {
                        throw new DeclarativeException(context + ": the condition \"" + source + "\" has an unclosed quote");
                    }
                    if (source.charAt(j) == ch) {
                        if (j + 1 < source.length() && source.charAt(j + 1) == ch) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                tokens.add(source.substring(i, j + 1));
                i = j + 1;
            } else if ("()".indexOf(ch) >= 0) {
                tokens.add(String.valueOf(ch));
                i++;
            } else if ("=!<>&|".indexOf(ch) >= 0) {
                int j = i + 1;
                while (j < source.length() && "=<>&|".indexOf(source.charAt(j)) >= 0 && j - i < 2) {
                    j++;
                }
                tokens.add(source.substring(i, j));
                i = j;
            } else if (Character.isDigit(ch) || (ch == '-' && i + 1 < source.length() && Character.isDigit(source.charAt(i + 1)))) {
                int j = i + 1;
                while (j < source.length() && (Character.isDigit(source.charAt(j)) || source.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(source.substring(i, j));
                i = j;
            } else if (Character.isJavaIdentifierStart(ch)) {
                int j = i + 1;
                while (j < source.length() && (Character.isJavaIdentifierPart(source.charAt(j)) || source.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(source.substring(i, j));
                i = j;
            } else {
                throw new DeclarativeException(context + ": the condition \"" + source + "\" has an unexpected character '" + ch + "'");
            }
        }
        return tokens;
    }
}
