/** Ports of SQLAlchemy's test/orm/test_cascade.py: save-update, delete and delete-orphan cascades along one-to-many, many-to-one and many-to-many relationships. */
package io.junction.it.sqla.cascade;
