/** The declarative model of the {@code events} section. */
package io.junction.docs.declarative.events;
