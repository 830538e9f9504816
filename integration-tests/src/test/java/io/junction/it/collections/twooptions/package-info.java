/** A declarative backref given two collection options, which configuration refuses. */
package io.junction.it.collections.twooptions;
