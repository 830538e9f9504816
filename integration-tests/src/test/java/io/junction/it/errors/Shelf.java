package io.junction.it.errors;

import io.junction.orm.mapper.Mapped;

import java.util.List;

@Mapped
public class Shelf {
    public Integer id;
    public Integer authorId;
    public Integer fromId;
    public Integer toId;
    public Integer shelfId;
    public List<Book> books;
    public List<Transfer> transfers;
    public Author author;
    public List<Author> authors;
    public String title;
}
