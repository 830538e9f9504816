package io.junction.it.onetomany;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** A one-to-many that owns its members: {@code documents = relationship("Document", cascade="all, delete-orphan", backref="folder")}. */
@Table("folder")
public class Folder extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "folder") public List<Document> documents = new ArrayList<>();

    public Folder() {
    }

    public Folder(String name) {
        this.name = name;
    }
}
