package io.junction.declarative;

import io.junction.orm.loading.Rel;
import io.junction.sql.expression.ColumnElement;

/**
 * A typed reference to a relationship of a model class, as the generated metamodel declares them:
 * {@code Node_.parent}. Joins and loader options take it directly ({@code join(Node_.parent, aliased())},
 * {@code joinedLoad(Node_.children)}); {@link #name()} is the attribute's name. Its comparison
 * methods build the criteria of {@link Rel} ({@code Node_.children.any(Node_.data.eq("child2"))});
 * through an alias, use {@code aliased(Node.class).rel(Node_.children)}.
 *
 * @param <S> the class that holds the relationship
 * @param <T> the related class
 */
public record RelationshipRef<S, T>(Class<S> source, String name, Class<T> target)
        implements io.junction.orm.loading.RelationshipPath {

    public static <S, T> RelationshipRef<S, T> of(Class<S> source, String name, Class<T> target) {
        return new RelationshipRef<>(source, name, target);
    }

    /** This relationship as a criteria operand, read from the source class's table. */
    Rel rel() {
        return Rel.of(source, name);
    }

    /** {@link Rel#eq}: many-to-one {@code ? = child.parent_id}. */
    public ColumnElement eq(T target) {
        return rel().eq(target);
    }

    /** {@link Rel#ne}: many-to-one {@code child.parent_id != ? OR child.parent_id IS NULL}. */
    public ColumnElement ne(T target) {
        return rel().ne(target);
    }

    /** {@link Rel#isNull}: no related object. */
    public ColumnElement isNull() {
        return rel().isNull();
    }

    /** {@link Rel#isNotNull}: some related object. */
    public ColumnElement isNotNull() {
        return rel().isNotNull();
    }

    /** {@link Rel#has(ColumnElement)}: the referenced object matches, as a correlated EXISTS. */
    public ColumnElement has(ColumnElement criterion) {
        return rel().has(criterion);
    }

    public ColumnElement has() {
        return rel().has();
    }

    /** {@link Rel#any(ColumnElement)}: some member matches, as a correlated EXISTS. */
    public ColumnElement any(ColumnElement criterion) {
        return rel().any(criterion);
    }

    public ColumnElement any() {
        return rel().any();
    }

    /** {@link Rel#contains}: {@code member} is in the collection. */
    public ColumnElement contains(T member) {
        return rel().contains(member);
    }

    @Override
    public String toString() {
        return name;
    }
}
