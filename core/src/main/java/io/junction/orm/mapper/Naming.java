package io.junction.orm.mapper;

/**
 * The naming rules between Java and SQL: a column {@code parent_id} maps by default to a field
 * {@code parentId}, and the declarative module names a field's column, or a class's table, in snake_case.
 */
public final class Naming {

    private Naming() {
    }

    /** {@code parent_id} to {@code parentId}. */
    public static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code parentId} to {@code parent_id}, {@code HTTPServer} to {@code http_server}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isUpperCase(ch)) {
                boolean previousLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (i > 0 && name.charAt(i - 1) != '_' && (previousLower || (nextLower && Character.isUpperCase(name.charAt(i - 1))))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
