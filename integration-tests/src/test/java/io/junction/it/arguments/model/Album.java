package io.junction.it.arguments.model;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Flag;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/**
 * An album: its tracks load by a subquery without DISTINCT (distinctTargetKey false); the backref
 * {@code Track.album} loads the album it replaces (activeHistory).
 */
@Table("albums")
public class Album extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String title;
    @Relationship(lazy = Lazy.SUBQUERY, distinctTargetKey = Flag.FALSE, orderBy = "Track.id")
    @Backref(name = "album", activeHistory = true)
    public List<Track> tracks = new ArrayList<>();

    public Album() {
    }

    public Album(String title) {
        this.title = title;
    }
}
