package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;

/** A tag, whose posts are WRITE_ONLY without passive deletes (the database does not delete its association rows). */
@Table("tags")
public class Tag extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;
    @Relationship(lazy = Lazy.WRITE_ONLY, secondary = "post_tags", backPopulates = "tags", orderBy = "Post.id")
    public WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();

    public Tag() {
    }

    public Tag(Integer id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return "Tag(" + id + ", " + name + ")";
    }
}
