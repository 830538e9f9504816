/** What the integration suites share: the databases they run on and a recorder of the SQL an engine emits. */
package io.junction.it.support;
