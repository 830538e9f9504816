/** The classically mapped users, addresses, orders, keywords and nodes that the loading and query suites share. */
package io.junction.it.model;
