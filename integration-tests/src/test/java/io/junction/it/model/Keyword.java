package io.junction.it.model;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class Keyword {
    public Integer id;
    public String name;
    public List<User> users = new ArrayList<>();

    public Keyword() {
    }

    public Keyword(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Keyword(" + id + ", " + name + ")";
    }
}
