package io.junction.it.onetomany;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class Folder {
    public Integer id;
    public String name;
    public List<Document> documents = new ArrayList<>();

    public Folder() {
    }

    public Folder(String name) {
        this.name = name;
    }
}
