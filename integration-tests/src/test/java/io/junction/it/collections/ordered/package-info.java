/** Models of ordering lists: members whose position is stored in a column. */
package io.junction.it.collections.ordered;
