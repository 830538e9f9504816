/** A declarative Map relationship keyed by an attribute its members lack, which configuration refuses. */
package io.junction.it.collections.missingkey;
