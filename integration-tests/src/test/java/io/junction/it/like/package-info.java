/** LIKE with ESCAPE and autoescaped contains, startsWith and endsWith matching user values literally, on H2 and PostgreSQL. */
package io.junction.it.like;
