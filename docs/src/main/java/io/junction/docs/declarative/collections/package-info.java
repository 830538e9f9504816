/** The declarative model of the collections section: a keyed {@code Map}, an ordering list, a {@code SortedSet}. */
package io.junction.docs.declarative.collections;
