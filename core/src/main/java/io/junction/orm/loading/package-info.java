/** Rows to objects through the identity map, and the loader strategies of relationships (lazy SELECT, RAISE, NOLOAD, and the eager ones). */
package io.junction.orm.loading;
