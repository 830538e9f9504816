package io.junction.it.collections.sorted;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.SortedSet;
import java.util.TreeSet;

/** A {@code SortedSet} in the members' natural order: {@code Volume} is {@code Comparable} by title. */
@Table("libraries")
public class Library extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "library")
    public SortedSet<Volume> volumes = new TreeSet<>();
}
