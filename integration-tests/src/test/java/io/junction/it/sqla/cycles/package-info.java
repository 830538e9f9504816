/** Ports of SQLAlchemy's test/orm/test_cycles.py: self-referential and mutually dependent rows, and post_update. */
package io.junction.it.sqla.cycles;
