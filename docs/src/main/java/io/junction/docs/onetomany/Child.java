package io.junction.docs.onetomany;

import io.junction.orm.mapper.Mapped;

/** The seed's one-to-many child; {@code parent} is the backref's attribute. */
@Mapped
public class Child {
    public Integer id;
    public Integer parentId;
    public Parent parent;
}
