package io.junction.benchmarks.junction;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** Junction's parent: a plain class, enhanced by the agent. */
@Mapped
public class JParent {
    public Integer id;
    public String name;
    public List<JChild> children = new ArrayList<>();

    public JParent() {
    }

    public JParent(String name) {
        this.name = name;
    }
}
