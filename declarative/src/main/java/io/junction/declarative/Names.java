package io.junction.declarative;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names in error messages: where a field is, a field name for a class, and the "did you mean" hint (the snake_case and camelCase rules are core's {@code Naming}). */
final class Names {

    private Names() {
    }

    /** {@code OrderItem} to {@code orderItem}: a field name for an object of {@code type}. */
    static String attributeName(Class<?> type) {
        return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    }

    /** {@code Node.parent (in com.example.Node)}: a field as error messages name it. */
    static String where(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName() + " (in " + field.getDeclaringClass().getName() + ")";
    }

    /** Up to three of {@code candidates} closest to {@code name}, for "did you mean" hints. */
    static List<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
        List<String> result = new ArrayList<>();
        for (String candidate : sorted) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (result.size() < 3 && (d <= Math.max(2, name.length() / 2) || candidate.toLowerCase(Locale.ROOT).contains(lower)
                    || lower.contains(candidate.toLowerCase(Locale.ROOT)))) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** " (did you mean a, b?) the names are [...]" for an error message. */
    static String hint(String name, Collection<String> candidates) {
        List<String> close = closest(name, candidates);
        String known = "; known names are " + candidates.stream().sorted().toList();
        return close.isEmpty() ? known : "; did you mean " + String.join(" or ", close) + "?" + known;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
