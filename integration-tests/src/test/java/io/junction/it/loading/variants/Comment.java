package io.junction.it.loading.variants;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("comments")
public class Comment extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "blogs.id", onDelete = Action.CASCADE) public Integer blogId;
    @Column(length = 30) public String body;

    public Comment() {
    }

    public Comment(Integer id, String body) {
        this.id = id;
        this.body = body;
    }

    @Override
    public String toString() {
        return "Comment(" + id + ", " + body + ")";
    }
}
