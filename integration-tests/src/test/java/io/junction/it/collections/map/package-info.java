/** Models of relationships held in a {@code Map}: keyed by an attribute, by columns, by a function. */
package io.junction.it.collections.map;
