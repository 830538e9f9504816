/**
 * The seed's relationship patterns on H2 and PostgreSQL. The one-to-one, many-to-many, association
 * object and adjacency list run in both mapping styles, each over the model classes of its
 * subpackage; the others map the classes of {@code Models} classically.
 */
package io.junction.it.patterns;
