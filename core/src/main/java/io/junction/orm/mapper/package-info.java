/** Maps classes to tables: the {@link io.junction.orm.mapper.Registry}, one {@link io.junction.orm.mapper.Mapper} per class, and column properties; configuration is checked once, at first use. */
package io.junction.orm.mapper;
