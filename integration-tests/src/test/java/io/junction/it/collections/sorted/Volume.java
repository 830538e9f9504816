package io.junction.it.collections.sorted;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("volumes")
public class Volume extends Base implements Comparable<Volume> {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("libraries.id") public Integer libraryId;
    @Column(length = 50) public String title;
    /** The backref's attribute. */
    public Library library;

    public Volume() {
    }

    public Volume(String title) {
        this.title = title;
    }

    @Override
    public int compareTo(Volume other) {
        return title.compareTo(other.title);
    }
}
