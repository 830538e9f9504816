/** A declarative Map relationship without a key rule, which configuration refuses. */
package io.junction.it.collections.unkeyed;
