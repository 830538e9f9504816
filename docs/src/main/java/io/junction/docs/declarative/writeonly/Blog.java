package io.junction.docs.declarative.writeonly;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.PassiveDeletes;

// tag::blog[]
@Table("blogs")
public class Blog extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship(lazy = Lazy.WRITE_ONLY, orderBy = "Post.id", passiveDeletes = PassiveDeletes.ON) @Backref(name = "blog")
    public WriteOnlyCollection<Post> posts = new WriteOnlyCollection<>();
    // end::blog[]

    public Blog() {
    }

    public Blog(String name) {
        this.name = name;
    }
}
