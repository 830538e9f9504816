/** Rows to objects through the identity map; {@link io.junction.orm.loading.Query} with joins, aliases and loader options ({@link io.junction.orm.loading.QueryOptions}); and the loader strategies of relationships: lazy SELECT, JOINED, SUBQUERY, SELECTIN, RAISE, NOLOAD and DYNAMIC ({@link io.junction.orm.loading.AppenderQuery}). */
package io.junction.orm.loading;
