/** The declarative model of the {@code self-referential-query} section. */
package io.junction.docs.declarative.adjacency;
