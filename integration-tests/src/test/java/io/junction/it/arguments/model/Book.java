package io.junction.it.arguments.model;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A book on a {@link Shelf}. */
@Table("books")
public class Book extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "shelves.id", onDelete = Action.SET_NULL) public Integer shelfId;
}
