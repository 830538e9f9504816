/** The model classes of the relationship-argument suites, mapped classically or by their annotations. */
package io.junction.it.arguments.model;
