package it.model;

import io.junction.orm.mapper.Mapped;
import java.util.ArrayList;
import java.util.List;

@Mapped
public class Parent {
    public Integer id;
    public String name;
    public List<Child> children = new ArrayList<>();
}
