package io.junction.it.loading;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** A shelf whose books load by SUBQUERY as configured. */
@Mapped
public class Shelf {
    public Integer id;
    public String name;
    public List<Book> books = new ArrayList<>();

    @Override
    public String toString() {
        return "Shelf(" + id + ", " + name + ")";
    }
}
