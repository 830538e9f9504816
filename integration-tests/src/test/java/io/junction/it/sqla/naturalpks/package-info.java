/** Ports of SQLAlchemy's test/orm/test_naturalpks.py: changing natural primary keys, with passive and non-passive cascading updates. */
package io.junction.it.sqla.naturalpks;
