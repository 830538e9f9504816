/** Runs one test body against the classical and the declarative mapping of the same classes. */
package io.junction.it.declarative.support;
