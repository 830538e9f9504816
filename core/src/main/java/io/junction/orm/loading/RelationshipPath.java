package io.junction.orm.loading;

/**
 * A typed name of a relationship, such as the generated metamodel's {@code Node_.parent}: joins
 * and loader options accept it wherever they accept the relationship's name.
 */
public interface RelationshipPath {

    /** The relationship's attribute name. */
    String name();

    /** The class that holds the relationship, when the reference knows it (the metamodel's do), else {@code null}. */
    default Class<?> source() {
        return null;
    }

    /** The names of {@code paths}, in order. */
    static String[] names(RelationshipPath... paths) {
        String[] names = new String[paths.length];
        for (int i = 0; i < paths.length; i++) {
            names[i] = paths[i].name();
        }
        return names;
    }
}
