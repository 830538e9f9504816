package io.junction.docs.declarative.collections;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.SortedSet;
import java.util.TreeSet;

// tag::shelf[]
@Table("shelf")
public class Shelf extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship public SortedSet<Book> books = new TreeSet<>();     // Book is Comparable: natural order
}
// end::shelf[]
