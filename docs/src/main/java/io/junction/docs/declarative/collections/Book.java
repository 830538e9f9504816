package io.junction.docs.declarative.collections;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("book")
public class Book extends Base implements Comparable<Book> {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("shelf.id") public Integer shelfId;
    @Column(length = 50) public String title;

    public Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    @Override
    public int compareTo(Book other) {
        return title.compareTo(other.title);
    }
}
