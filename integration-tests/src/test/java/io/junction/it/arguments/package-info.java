/** The relationship() and backref() arguments beyond the seed's, each in both mapping styles on H2 and PostgreSQL. */
package io.junction.it.arguments;
