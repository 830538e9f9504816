package io.junction.it.collections.sorted;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("songs")
public class Song extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("playlists.id") public Integer playlistId;
    @Column(length = 50) public String title;
    @Column public Integer rating;

    public Song() {
    }

    public Song(String title, int rating) {
        this.title = title;
        this.rating = rating;
    }
}
