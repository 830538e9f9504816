package io.junction.declarative;

/**
 * A typed reference to a relationship of a model class, as the generated metamodel declares them:
 * {@code Node_.parent}. Joins and loader options take it directly ({@code join(Node_.parent, aliased())},
 * {@code joinedLoad(Node_.children)}); {@link #name()} is the attribute's name.
 *
 * @param <S> the class that holds the relationship
 * @param <T> the related class
 */
public record RelationshipRef<S, T>(Class<S> source, String name, Class<T> target)
        implements io.junction.orm.loading.RelationshipPath {

    public static <S, T> RelationshipRef<S, T> of(Class<S> source, String name, Class<T> target) {
        return new RelationshipRef<>(source, name, target);
    }

    @Override
    public String toString() {
        return name;
    }
}
