/** The association-object-plus-secondary mapping whose relationships write the same columns, for the overlap warnings. */
package io.junction.it.arguments.overlaps;
