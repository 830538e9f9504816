/** A declarative scalar association proxy with exclusive options, which configuration refuses. */
package io.junction.it.errors.scalarproxy;
