/** Ports of SQLAlchemy's test/ext/test_associationproxy.py: list and set proxies over a one-to-many, and the proxy comparators in queries. */
package io.junction.it.sqla.associationproxy;
