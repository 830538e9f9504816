/** Mapper, instance, attribute and session events and validators, in both mapping styles on H2 and PostgreSQL. */
package io.junction.it.events;
