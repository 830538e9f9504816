package io.junction.docs.manytoone;

import io.junction.orm.mapper.Mapped;

/** The seed's many-to-one parent, which holds the foreign key. */
@Mapped
public class Parent {
    public Integer id;
    public Integer childId;
    public Child child;
}
