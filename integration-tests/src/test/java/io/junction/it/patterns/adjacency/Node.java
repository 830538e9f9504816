package io.junction.it.patterns.adjacency;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's adjacency list: {@code children = relationship("Node", cascade="all, delete-orphan",
 * backref=backref('parent', remote_side=id))}.
 */
@Table("nodes")
public class Node extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("nodes.id") public Integer parentId;
    @Column(length = 50) public String data;
    @Relationship(target = "Node", cascade = "all, delete-orphan") @Backref(name = "parent", remoteSide = "id")
    public List<Node> children = new ArrayList<>();
    public Node parent;

    public Node() {
    }

    public Node(String data) {
        this.data = data;
    }

    /** Appends {@code child} and returns this node, for building a tree in one expression. */
    public Node add(Node child) {
        children.add(child);
        return this;
    }

    @Override
    public String toString() {
        return data;
    }
}
