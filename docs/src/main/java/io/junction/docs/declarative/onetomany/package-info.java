/** The declarative model of the {@code one-to-many} section. */
package io.junction.docs.declarative.onetomany;
