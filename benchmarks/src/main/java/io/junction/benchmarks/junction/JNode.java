package io.junction.benchmarks.junction;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** Junction's tree node: an adjacency list on {@code bench_node}. */
@Mapped
public class JNode {
    public Integer id;
    public Integer parentId;
    public String name;
    public JNode parent;
    public List<JNode> children = new ArrayList<>();
}
