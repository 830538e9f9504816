/** The runnable examples of the user guide: one {@link io.junction.docs.Section} per part of the seed chapter, run by {@link io.junction.docs.Examples}. */
package io.junction.docs;
