package io.junction.it.collections.map;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("notes")
public class Note extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("items.id") public Integer itemId;
    @Column(length = 50) public String keyword;
    @Column(length = 50) public String text;
    /** The backref's attribute. */
    public Item item;

    public Note() {
    }

    public Note(String keyword, String text) {
        this.keyword = keyword;
        this.text = text;
    }

    @Override
    public String toString() {
        return "Note(" + keyword + ", " + text + ")";
    }
}
