/** The model classes of the association proxy ports, mapped declaratively by annotations and classically by the suites. */
package io.junction.it.sqla.associationproxy.model;
