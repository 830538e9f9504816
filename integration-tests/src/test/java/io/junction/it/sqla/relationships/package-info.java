/** Ports of SQLAlchemy's relationship tests (viewonly history, backrefs, association objects, one-to-one and many-to-many) to Junction, on H2 and PostgreSQL. */
package io.junction.it.sqla.relationships;
