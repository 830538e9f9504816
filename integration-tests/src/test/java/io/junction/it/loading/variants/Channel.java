package io.junction.it.loading.variants;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.relationship.Lazy;

/** A channel whose messages are WRITE_ONLY with the default cascade and without passive deletes. */
@Table("channels")
public class Channel extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String name;
    @Relationship(lazy = Lazy.WRITE_ONLY, orderBy = "Message.id") @Backref(name = "channel")
    public WriteOnlyCollection<Message> messages = new WriteOnlyCollection<>();

    public Channel() {
    }

    public Channel(Integer id, String name) {
        this.id = id;
        this.name = name;
    }
}
