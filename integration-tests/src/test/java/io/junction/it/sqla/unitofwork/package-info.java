/** Ports of SQLAlchemy's unit-of-work tests (test/orm/test_unitofworkv2.py): flush statement order, self-referential cycles, row switches and stale-row checks. */
package io.junction.it.sqla.unitofwork;
