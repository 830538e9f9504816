/** Runs statements on a database: {@link io.junction.engine.Engine}, {@link io.junction.engine.Connection}, {@link io.junction.engine.Result}, JDBC batches, SQL echo and Junction's exceptions. */
package io.junction.engine;
