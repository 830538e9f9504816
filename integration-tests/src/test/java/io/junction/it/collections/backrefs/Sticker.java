package io.junction.it.collections.backrefs;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.SortedBy;
import io.junction.declarative.Table;

import java.util.Comparator;

/** {@code board = relationship(Board, backref=backref("stickers", collection_class=sorted by name))}. */
@Table("stickers")
public class Sticker extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("boards.id") public Integer boardId;
    @Column(length = 30) public String name;
    @Relationship @Backref(name = "stickers", sortedBy = @SortedBy(ByName.class))
    public Board board;

    public Sticker() {
    }

    public Sticker(String name) {
        this.name = name;
    }

    /** Stickers by name. */
    public static final class ByName implements Comparator<Sticker> {
        @Override
        public int compare(Sticker a, Sticker b) {
            return a.name.compareTo(b.name);
        }
    }
}
