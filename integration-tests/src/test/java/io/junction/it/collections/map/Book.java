package io.junction.it.collections.map;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("books")
public class Book extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(nullable = false) @ForeignKey("shelves.id") public Integer shelfId;
    @Column(length = 50) public String a;
    @Column(length = 50) public String b;
    @Column(length = 50) public String c;

    public Book() {
    }

    public Book(String a, String b, String c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }
}
