/** Models whose Map, ordering-list and SortedSet collections are declared as backrefs from the member's side. */
package io.junction.it.collections.backrefs;
