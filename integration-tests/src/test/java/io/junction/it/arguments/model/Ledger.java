package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A ledger kept on a {@link Shelf}: its key has no ON DELETE action, so the shelf cannot be deleted while it refers to it. */
@Table("ledgers")
public class Ledger extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("shelves.id") public Integer shelfId;
}
