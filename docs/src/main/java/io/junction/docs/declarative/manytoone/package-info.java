/** The declarative model of the {@code many-to-one} section. */
package io.junction.docs.declarative.manytoone;
