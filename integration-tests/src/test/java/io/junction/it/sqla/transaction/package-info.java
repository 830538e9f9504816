/** Ported from SQLAlchemy's test/orm/test_transaction.py: what commit, rollback and a failed flush leave behind. */
package io.junction.it.sqla.transaction;
