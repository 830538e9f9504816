/** The listener types of the ORM's events — mapper, instance and attribute events and validators — and the failure a listener's exception surfaces as. */
package io.junction.orm.event;
