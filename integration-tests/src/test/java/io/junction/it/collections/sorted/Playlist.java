package io.junction.it.collections.sorted;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.SortedBy;
import io.junction.declarative.Table;

import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

/** A {@code SortedSet} in the order of a comparator: best rated first, then by title. */
@Table("playlists")
public class Playlist extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @SortedBy(Playlist.BestFirst.class)
    public SortedSet<Song> songs = new TreeSet<>(new BestFirst());

    /** Higher rating first, then title. */
    public static final class BestFirst implements Comparator<Song> {
        @Override
        public int compare(Song a, Song b) {
            int byRating = Integer.compare(b.rating, a.rating);
            return byRating != 0 ? byRating : a.title.compareTo(b.title);
        }
    }
}
