/** The declarative model of the {@code eager-loading} section. */
package io.junction.docs.declarative.eager;
