package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.declarative.Action;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;

/** A post of a blog (the database deletes it with its blog), with WRITE_ONLY many-to-many tags (whose association rows the database deletes with it). */
@Table("posts")
public class Post extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey(value = "blogs.id", onDelete = Action.CASCADE) public Integer blogId;
    @Column(length = 30) public String title;
    /** The backref of {@code Blog.posts}. */
    public Blog blog;
    @Relationship(lazy = Lazy.WRITE_ONLY, secondary = "post_tags", backPopulates = "posts", orderBy = "Tag.id",
            passiveDeletes = PassiveDeletes.ON)
    public WriteOnlyCollection<Tag> tags = new WriteOnlyCollection<>();

    public Post() {
    }

    public Post(Integer id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String toString() {
        return "Post(" + id + ", " + title + ")";
    }
}
