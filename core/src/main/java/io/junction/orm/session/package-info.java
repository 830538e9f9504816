/** The {@link io.junction.orm.session.Session}: adding, getting, deleting and querying objects, cascades, flush, commit and rollback. */
package io.junction.orm.session;
