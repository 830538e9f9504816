package io.junction.docs.declarative.writeonly;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A post of a blog; the database deletes it with its blog. */
@Table("posts")
public class Post extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "blogs.id", onDelete = Action.CASCADE) public Integer blogId;
    @Column(length = 50) public String title;
    public Blog blog;

    public Post() {
    }

    public Post(String title) {
        this.title = title;
    }
}
