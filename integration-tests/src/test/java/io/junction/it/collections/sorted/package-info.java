/** Models of relationships held in a {@code SortedSet}: natural order and a comparator. */
package io.junction.it.collections.sorted;
