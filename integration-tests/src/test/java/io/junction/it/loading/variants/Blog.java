package io.junction.it.loading.variants;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;

/** A blog whose posts are WRITE_ONLY (their deletes left to the database) and whose comments are DYNAMIC with a query class of their own. */
@Table("blogs")
public class Blog extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;
    @Relationship(lazy = Lazy.WRITE_ONLY, cascade = "all, delete-orphan", orderBy = "Post.id",
            passiveDeletes = PassiveDeletes.ON) @Backref(name = "blog")
    public WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();
    @Relationship(lazy = Lazy.DYNAMIC, queryClass = CommentQuery.class, orderBy = "Comment.id")
    public CommentQuery comments = new CommentQuery();

    public Blog() {
    }

    public Blog(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
