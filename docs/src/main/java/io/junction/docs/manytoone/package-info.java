/** The model of the {@code many-to-one} section. */
package io.junction.docs.manytoone;
