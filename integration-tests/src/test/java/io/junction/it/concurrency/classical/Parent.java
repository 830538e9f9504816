package io.junction.it.concurrency.classical;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class Parent {
    public Integer id;
    public List<Child> children = new ArrayList<>();
    public List<Tag> tags = new ArrayList<>();
}
