/** Relationship configuration: {@link io.junction.orm.relationship.Relationship} and {@link io.junction.orm.relationship.Backref} declarations, the join condition and direction found from foreign keys, cascades and loader strategies. Configuration only: loaders and flush processors look it up. */
package io.junction.orm.relationship;
