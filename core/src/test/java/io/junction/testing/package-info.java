/** Test support shared by every module's tests: fresh H2 and PostgreSQL databases to run against. */
package io.junction.testing;
