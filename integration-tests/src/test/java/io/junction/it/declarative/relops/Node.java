package io.junction.it.declarative.relops;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * An adjacency list whose metamodel {@code Node_} gives {@code children} and the backref {@code parent}.
 * It shares its simple name with {@code it.patterns.adjacency.Node} on purpose: {@code target = "Node"}
 * resolves to the model of the field's own package, in the metamodel generator and at configure time.
 */
@Table("relops_nodes")
public class Node extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("relops_nodes.id") public Integer parentId;
    @Column(length = 30) public String data;
    @Relationship(target = "Node") @Backref(name = "parent", remoteSide = "id") public List<Node> children = new ArrayList<>();
    public Node parent;
}
