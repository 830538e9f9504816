package io.junction.sql.compiler;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes identifiers that need it: reserved words ({@code user}, {@code left}) and names that are
 * not plain lower case. Other names are left bare, as a hand-written query would have them.
 */
public class IdentifierPreparer {
    private static final Pattern LEGAL = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final Set<String> reservedWords;

    public IdentifierPreparer(Set<String> reservedWords) {
        this.reservedWords = Set.copyOf(reservedWords);
    }

    public String quote(String identifier) {
        return requiresQuotes(identifier) ? "\"" + identifier.replace("\"", "\"\"") + "\"" : identifier;
    }

    public boolean requiresQuotes(String identifier) {
        return reservedWords.contains(identifier.toLowerCase(Locale.ROOT)) || !LEGAL.matcher(identifier).matches();
    }
}
