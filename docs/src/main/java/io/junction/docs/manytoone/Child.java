package io.junction.docs.manytoone;

import io.junction.orm.mapper.Mapped;

import java.util.List;

/** The seed's many-to-one child; {@code parents} is the backref's collection. */
@Mapped
public class Child {
    public Integer id;
    public List<Parent> parents;
}
