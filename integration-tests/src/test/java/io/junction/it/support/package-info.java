/**
 * What the integration suites share: the databases they run on, the two mapping styles a pattern
 * runs in, a scratch PostgreSQL server a suite may stop and restart, and a recorder of the SQL an
 * engine emits.
 */
package io.junction.it.support;
