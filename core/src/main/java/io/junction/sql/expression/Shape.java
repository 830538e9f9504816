package io.junction.sql.expression;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of a statement without its bound values: two statements with equal shape keys
 * compile to the same SQL text. Walking a statement also collects its bind parameters in a
 * canonical order, which is how a cached compilation finds the values of a new statement.
 */
public final class Shape {
    private final StringBuilder key = new StringBuilder(128);
    private final List<BindParameter> binds = new ArrayList<>();
    private final Map<Object, Integer> anonymous = new IdentityHashMap<>();
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final Map<BindParameter, Integer> firstPlace = new IdentityHashMap<>();

    /** Describes {@code node}. */
    public static Shape of(SqlNode node) {
        Shape shape = new Shape();
        node.describe(shape);
        return shape;
    }

    Shape open(String kind) {
        key.append(kind).append('(');
        return this;
    }

    Shape token(String token) {
        key.append(token).append(' ');
        return this;
    }

    Shape close() {
        key.append(')');
        return this;
    }

    /**
     * Records a bind parameter: its key and type belong to the shape, its value does not. A
     * parameter object met again is marked with the place of its first appearance, so that a
     * statement reusing one parameter and a statement with two parameters there differ in shape
     * (a compiled text maps each {@code ?} to one canonical place, and the two need different maps).
     */
    Shape bind(BindParameter bind) {
        key.append('?');
        Integer first = firstPlace.putIfAbsent(bind, binds.size());
        if (first != null) {
            key.append('=').append(first);
        }
        if (bind.key() != null) {
            key.append(bind.key());
        }
        if (bind.valueType() != null) {
            key.append(':').append(bind.valueType().jdbcType());
        }
        key.append(' ');
        binds.add(bind);
        return this;
    }

    /** Numbers a nameless node (an anonymous alias) by its first appearance. */
    Shape anonymous(Object node) {
        Integer number = anonymous.computeIfAbsent(node, n -> anonymous.size() + 1);
        key.append('#').append(number).append(' ');
        return this;
    }

    /**
     * True the first time {@code node} is met: a reference to a subquery alias describes the
     * subquery once and only refers to it afterwards.
     */
    boolean firstSeen(Object node) {
        return seen.put(node, Boolean.TRUE) == null;
    }

    public String key() {
        return key.toString();
    }

    /** The bind parameters in the order the walk met them. */
    public List<BindParameter> binds() {
        return binds;
    }
}
