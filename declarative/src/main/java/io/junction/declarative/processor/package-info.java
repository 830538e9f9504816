/** The annotation processor that writes the typed metamodel ({@code Node_}) of each declarative model class. */
package io.junction.declarative.processor;
