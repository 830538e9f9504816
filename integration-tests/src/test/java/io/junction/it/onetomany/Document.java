package io.junction.it.onetomany;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Document {
    public Integer id;
    public String title;
    public Folder folder;

    public Document() {
    }

    public Document(String title) {
        this.title = title;
    }
}
