package io.junction.it.loading;

import io.junction.orm.mapper.Mapped;

/** A book on a shelf. */
@Mapped
public class Book {
    public Integer id;
    public Integer shelfId;
    public String title;
    public Shelf shelf;

    @Override
    public String toString() {
        return "Book(" + id + ", " + title + ")";
    }
}
