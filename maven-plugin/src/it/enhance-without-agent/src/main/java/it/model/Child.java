package it.model;

import io.junction.orm.mapper.Mapped;

@Mapped
public class Child {
    public Integer id;
    public Integer parentId;
    public Parent parent;
}
