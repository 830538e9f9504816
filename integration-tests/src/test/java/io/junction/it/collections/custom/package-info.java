/** Models of a relationship held in a user-defined collection class. */
package io.junction.it.collections.custom;
