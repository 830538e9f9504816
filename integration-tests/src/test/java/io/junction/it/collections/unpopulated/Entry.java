package io.junction.it.collections.unpopulated;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** The member of each owner's map, keyed by {@code data}; one foreign key and one backref per owner. */
@Table("entries")
public class Entry extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 30) public String data;
    @Column @ForeignKey("by_attribute.id") public Integer byAttributeId;
    @Column @ForeignKey("by_attribute_ignoring.id") public Integer byAttributeIgnoringId;
    @Column @ForeignKey("by_column.id") public Integer byColumnId;
    @Column @ForeignKey("by_column_ignoring.id") public Integer byColumnIgnoringId;
    /** The backrefs' attributes. */
    public ByAttribute byAttribute;
    public ByAttributeIgnoring byAttributeIgnoring;
    public ByColumn byColumn;
    public ByColumnIgnoring byColumnIgnoring;

    public Entry() {
    }

    public Entry(String data) {
        this.data = data;
    }

    @Override
    public String toString() {
        return "Entry(" + data + ")";
    }
}
