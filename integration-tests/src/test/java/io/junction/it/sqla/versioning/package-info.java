/** Ports of SQLAlchemy's test/orm/test_versioning.py: the version counter in both mapping styles, on H2 and PostgreSQL. */
package io.junction.it.sqla.versioning;
