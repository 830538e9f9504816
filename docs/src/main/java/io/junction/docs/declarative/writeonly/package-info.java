/** The declarative model of the {@code write-only} section. */
package io.junction.docs.declarative.writeonly;
