package io.junction.it.collections.backrefs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** {@code board = relationship(Board, backref=backref("pins", collection_class=attribute_keyed_dict("label"), cascade="all, delete-orphan"))}. */
@Table("pins")
public class Pin extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("boards.id") public Integer boardId;
    @Column(length = 30) public String label;
    @Relationship @Backref(name = "pins", cascade = "all, delete-orphan", mapKey = @MapKey("label"))
    public Board board;

    public Pin() {
    }

    public Pin(String label) {
        this.label = label;
    }
}
