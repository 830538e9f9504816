package io.junction.it.arguments.model;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A comment on a {@link Post}. */
@Table("comments")
public class Comment extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "posts.id", onDelete = Action.CASCADE) public Integer postId;
    @Column(length = 50) public String body;
    /** The backref of {@code Post.comments}. */
    public Post post;

    public Comment() {
    }

    public Comment(String body) {
        this.body = body;
    }
}
