/** The classes of the TypeMatchTest port, mapped by annotations or by TypeMatchTest's {@code registry.map(...)} calls. */
package io.junction.it.sqla.relationships.typematch;
