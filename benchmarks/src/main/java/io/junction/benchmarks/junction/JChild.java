package io.junction.benchmarks.junction;

import io.junction.orm.mapper.Mapped;

/** Junction's child, with the {@code parent} backref. */
@Mapped
public class JChild {
    public Integer id;
    public Integer parentId;
    public String name;
    public JParent parent;

    public JChild() {
    }

    public JChild(String name) {
        this.name = name;
    }
}
