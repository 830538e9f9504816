/**
 * The inspection API, SQLAlchemy's {@code inspect()}: {@link io.junction.orm.inspect.Junction#inspect(Object)}
 * tells where a mapped object is in its life with a session and what changed in it, and
 * {@link io.junction.orm.inspect.Junction#inspect(Class)} describes a mapped class's table,
 * columns and relationships, as immutable values read without SQL.
 */
package io.junction.orm.inspect;
