/** Property-based round trips: random object graphs changed over several flushes, compared with a model after every commit. */
package io.junction.it.roundtrip;
