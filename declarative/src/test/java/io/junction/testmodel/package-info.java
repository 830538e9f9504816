/**
 * Model classes of the declarative module's tests, one base per package. They live outside
 * {@code io.junction.declarative}, which the agent never enhances.
 */
package io.junction.testmodel;
