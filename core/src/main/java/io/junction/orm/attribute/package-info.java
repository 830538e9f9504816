/** Per-object state and per-attribute behaviour: {@link io.junction.orm.attribute.InstanceState}, scalar, reference and collection attributes with their history and backref events, and {@link io.junction.orm.attribute.Bridge}, the entry point of enhanced field access. */
package io.junction.orm.attribute;
