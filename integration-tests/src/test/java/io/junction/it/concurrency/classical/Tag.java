package io.junction.it.concurrency.classical;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

@Mapped
public class Tag {
    public Integer id;
    public List<Parent> parents = new ArrayList<>();
}
