package io.junction.it.onetomany;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("document")
public class Document extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("folder.id") public Integer folderId;
    @Column(length = 50) public String title;
    /** The backref's attribute. */
    public Folder folder;

    public Document() {
    }

    public Document(String title) {
        this.title = title;
    }
}
