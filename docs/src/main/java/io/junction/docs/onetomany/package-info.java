/** The model of the {@code one-to-many} section. */
package io.junction.docs.onetomany;
