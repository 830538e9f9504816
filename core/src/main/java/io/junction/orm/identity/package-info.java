/** One object per row per session: {@link io.junction.orm.identity.EntityKey} and the {@link io.junction.orm.identity.IdentityMap}. */
package io.junction.orm.identity;
