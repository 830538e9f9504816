package io.junction.orm.relationship;

import io.junction.sql.schema.Column;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a relationship's collection holds its members when a plain {@code List} or {@code Set} is
 * not the shape wanted, SQLAlchemy's {@code collection_class}: a {@code Map} keyed by an attribute,
 * a column or a function of the member ({@code attribute_keyed_dict}, {@code column_keyed_dict},
 * {@code keyfunc_mapping}), a {@code List} that stores each member's position in an attribute
 * ({@code ordering_list}), or a {@code SortedSet} with a comparator. Given with
 * {@code relationship("notes", Note.class).collection(keyedBy("keyword"))}. A user-defined
 * collection class needs no option: the field's type, a subclass of
 * {@link io.junction.orm.collection.CustomCollection}, says it. Immutable.
 */
public final class CollectionClass {

    enum Form { KEYED_BY_ATTRIBUTE, KEYED_BY_COLUMNS, KEYED_BY_FUNCTION, ORDERING_LIST, SORTED }

    private final Form form;
    private final String attribute;
    private final List<Column> columns;
    private final Function<Object, Object> keyFunction;
    private final Comparator<Object> comparator;
    private final int countFrom;
    private final boolean ignoreUnpopulated;
    private final BiFunction<Integer, List<?>, Object> numbering;

    private CollectionClass(Form form, String attribute, List<Column> columns, Function<Object, Object> keyFunction,
            Comparator<Object> comparator, int countFrom) {
        this(form, attribute, columns, keyFunction, comparator, countFrom, false, null);
    }

    private CollectionClass(Form form, String attribute, List<Column> columns, Function<Object, Object> keyFunction,
            Comparator<Object> comparator, int countFrom, boolean ignoreUnpopulated, BiFunction<Integer, List<?>, Object> numbering) {
        this.form = form;
        this.attribute = attribute;
        this.columns = columns;
        this.keyFunction = keyFunction;
        this.comparator = comparator;
        this.countFrom = countFrom;
        this.ignoreUnpopulated = ignoreUnpopulated;
        this.numbering = numbering;
    }

    /** A {@code Map} keyed by the value of the member's attribute {@code attribute} (SQLAlchemy's {@code attribute_keyed_dict}). */
    public static CollectionClass keyedBy(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("keyedBy(...) needs the name of the member's attribute that keys the map");
        }
        return new CollectionClass(Form.KEYED_BY_ATTRIBUTE, attribute, List.of(), null, null, 0);
    }

    /**
     * A {@code Map} keyed by the value of a column of the member's table (SQLAlchemy's
     * {@code column_keyed_dict}); several columns key it by the {@code List} of their values.
     */
    public static CollectionClass keyedByColumn(Column... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("keyedByColumn(...) needs at least one column of the member's table");
        }
        return new CollectionClass(Form.KEYED_BY_COLUMNS, null, List.of(columns), null, null, 0);
    }

    /** A {@code Map} keyed by {@code key} applied to each member (SQLAlchemy's {@code keyfunc_mapping}). */
    @SuppressWarnings("unchecked")
    public static <T> CollectionClass keyedBy(Function<? super T, ?> key) {
        if (key == null) {
            throw new IllegalArgumentException("keyedBy(...) needs a key function");
        }
        return new CollectionClass(Form.KEYED_BY_FUNCTION, null, List.of(), (Function<Object, Object>) key, null, 0);
    }

    /**
     * A {@code Map} that skips a member whose key the rule gives as {@code null} when the ORM adds it
     * by value — through a backref, an assigned {@code Map} or a load — instead of refusing it
     * (SQLAlchemy's {@code ignore_unpopulated_attribute=True}).
     */
    public CollectionClass ignoreUnpopulated() {
        if (!keyed()) {
            throw new IllegalArgumentException("ignoreUnpopulated() applies to keyedBy(...) and keyedByColumn(...) only, not to "
                    + this);
        }
        return new CollectionClass(form, attribute, columns, keyFunction, comparator, countFrom, true, null);
    }

    /**
     * A {@code List} that stores each member's position, counted from 0, in the member's attribute
     * {@code attribute} (SQLAlchemy's {@code ordering_list}, JPA's {@code @OrderColumn}); loading
     * orders by that column unless the relationship has an {@code orderBy}.
     */
    public static CollectionClass orderingList(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("orderingList(...) needs the name of the member's attribute that holds its position");
        }
        return new CollectionClass(Form.ORDERING_LIST, attribute, List.of(), null, null, 0);
    }

    /** The position of the first member of an {@link #orderingList} (SQLAlchemy's {@code count_from}); 0 by default. */
    public CollectionClass countFrom(int first) {
        if (form != Form.ORDERING_LIST || numbering != null) {
            throw new IllegalArgumentException("countFrom(" + first + ") applies to orderingList(...) only, and not together "
                    + "with numberedBy(...), whose function gives every position");
        }
        return new CollectionClass(form, attribute, columns, keyFunction, comparator, first);
    }

    /**
     * Positions of an {@link #orderingList} given by {@code numbering}, applied to the index (from 0)
     * and the list, instead of {@code countFrom} plus the index (SQLAlchemy's {@code ordering_func});
     * members before the index already hold their new positions when it is called. The position
     * attribute may then be of any column type the function's values fit.
     */
    @SuppressWarnings("unchecked")
    public <T> CollectionClass numberedBy(BiFunction<Integer, ? super List<T>, ?> numbering) {
        if (form != Form.ORDERING_LIST || countFrom != 0 || numbering == null) {
            throw new IllegalArgumentException("numberedBy(...) needs a function, and applies to orderingList(...) only, "
                    + "without countFrom(...)");
        }
        return new CollectionClass(form, attribute, columns, keyFunction, comparator, 0, false,
                (BiFunction<Integer, List<?>, Object>) (BiFunction<Integer, ?, ?>) numbering);
    }

    /** A {@code SortedSet} in the members' natural order; they must be {@code Comparable}. */
    public static CollectionClass sorted() {
        return new CollectionClass(Form.SORTED, null, List.of(), null, null, 0);
    }

    /** A {@code SortedSet} in the order of {@code order}. */
    @SuppressWarnings("unchecked")
    public static <T> CollectionClass sortedBy(Comparator<? super T> order) {
        if (order == null) {
            throw new IllegalArgumentException("sortedBy(...) needs a comparator; use sorted() for the natural order");
        }
        return new CollectionClass(Form.SORTED, null, List.of(), null, (Comparator<Object>) order, 0);
    }

    Form form() {
        return form;
    }

    String attribute() {
        return attribute;
    }

    List<Column> columns() {
        return columns;
    }

    Function<Object, Object> keyFunction() {
        return keyFunction;
    }

    Comparator<Object> comparator() {
        return comparator;
    }

    int countFrom() {
        return countFrom;
    }

    BiFunction<Integer, List<?>, Object> numbering() {
        return numbering;
    }

    boolean ignoresUnpopulated() {
        return ignoreUnpopulated;
    }

    /** True for the {@code Map} forms. */
    boolean keyed() {
        return form == Form.KEYED_BY_ATTRIBUTE || form == Form.KEYED_BY_COLUMNS || form == Form.KEYED_BY_FUNCTION;
    }

    @Override
    public String toString() {
        return ignoreUnpopulated ? spelling() + ".ignoreUnpopulated()" : spelling();
    }

    private String spelling() {
        return switch (form) {
            case KEYED_BY_ATTRIBUTE -> "keyedBy(\"" + attribute + "\")";
            case KEYED_BY_COLUMNS -> "keyedByColumn(" + String.join(", ", columns.stream()
                    .map(c -> c.table().name() + ".c(\"" + c.name() + "\")").toList()) + ")";
            case KEYED_BY_FUNCTION -> "keyedBy(function)";
            case ORDERING_LIST -> "orderingList(\"" + attribute + "\")" + (countFrom != 0 ? ".countFrom(" + countFrom + ")" : "")
                    + (numbering != null ? ".numberedBy(function)" : "");
            case SORTED -> comparator == null ? "sorted()" : "sortedBy(comparator)";
        };
    }
}
