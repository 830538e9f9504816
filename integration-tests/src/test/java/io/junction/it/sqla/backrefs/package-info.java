/** Ports of SQLAlchemy's test/orm/test_backref_mutations.py: moving objects between backref'd collections and scalars, and the SQL each move costs. */
package io.junction.it.sqla.backrefs;
