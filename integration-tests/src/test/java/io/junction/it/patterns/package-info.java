/** The seed's relationship patterns, each with its model classes, on H2 and PostgreSQL. */
package io.junction.it.patterns;
