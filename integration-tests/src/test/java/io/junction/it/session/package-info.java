/** Session life cycle across flushes of one transaction: commit, rollback, and what objects become. */
package io.junction.it.session;
