package io.junction.docs.onetomany;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** The seed's one-to-many parent. */
@Mapped
public class Parent {
    public Integer id;
    public List<Child> children = new ArrayList<>();
}
