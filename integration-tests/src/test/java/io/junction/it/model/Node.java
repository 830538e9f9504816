package io.junction.it.model;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** The seed's adjacency-list node. */
@Mapped
public class Node {
    public Integer id;
    public Integer parentId;
    public String data;
    public List<Node> children = new ArrayList<>();
    public Node parent;

    public Node() {
    }

    public Node(String data) {
        this.data = data;
    }

    @Override
    public String toString() {
        return "Node(" + id + ", " + data + ")";
    }
}
