package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;

/** A folder whose messages are WRITE_ONLY, deleted with it by the session, without passive deletes. */
@Table("folders")
public class Folder extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(lazy = Lazy.WRITE_ONLY, cascade = "all, delete-orphan", orderBy = "Message.id")
    public WriteOnlyCollection<Message> messages = new WriteOnlyCollection<>();

    public Folder() {
    }

    public Folder(Integer id) {
        this.id = id;
    }
}
