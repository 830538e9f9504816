/** A classical parent/child/tag model, loaded afresh for each round of the first-use test. */
package io.junction.it.concurrency.classical;
