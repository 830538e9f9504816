package io.junction.it.arguments.model;

import io.junction.declarative.Action;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.PassiveDeletes;

import java.util.ArrayList;
import java.util.List;

/** A post of an {@link Author}, whose comments the database deletes with it. */
@Table("posts")
public class Post extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "authors.id", onDelete = Action.CASCADE) public Integer authorId;
    @Column(length = 50) public String title;
    @Relationship(cascade = "all, delete-orphan", passiveDeletes = PassiveDeletes.ON) @Backref(name = "post")
    public List<Comment> comments = new ArrayList<>();
    /** The backref of {@code Author.posts}. */
    public Author author;

    public Post() {
    }

    public Post(String title) {
        this.title = title;
    }
}
