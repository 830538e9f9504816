/** A declarative parent/child/tag model whose base declares its association table, loaded afresh for each round of the first-use test. */
package io.junction.it.concurrency.declarative;
