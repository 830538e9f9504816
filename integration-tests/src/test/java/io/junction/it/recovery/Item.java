package io.junction.it.recovery;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Item {
    public Integer id;
    public String name;

    public Item() {
    }

    public Item(String name) {
        this.name = name;
    }
}
