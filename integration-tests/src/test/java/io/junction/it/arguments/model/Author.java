package io.junction.it.arguments.model;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.PassiveDeletes;

import java.util.ArrayList;
import java.util.List;

/** An author whose posts the database deletes with it ({@code ON DELETE CASCADE}, passive deletes). */
@Table("authors")
public class Author extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship(cascade = "all, delete-orphan", passiveDeletes = PassiveDeletes.ON) @Backref(name = "author")
    public List<Post> posts = new ArrayList<>();

    public Author() {
    }

    public Author(String name) {
        this.name = name;
    }
}
