package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A track of an {@link Album}. */
@Table("tracks")
public class Track extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("albums.id") public Integer albumId;
    @Column(length = 50) public String title;
    /** The backref of {@code Album.tracks}, with activeHistory. */
    public Album album;

    public Track() {
    }

    public Track(String title) {
        this.title = title;
    }
}
