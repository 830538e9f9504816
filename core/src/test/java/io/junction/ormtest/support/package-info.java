/** What the core ORM tests share: a fresh H2 database per test and a recorder of the SQL it runs. */
package io.junction.ormtest.support;
