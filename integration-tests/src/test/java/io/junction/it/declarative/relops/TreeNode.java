package io.junction.it.declarative.relops;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** An adjacency list whose metamodel {@code Node_} gives {@code children} and the backref {@code parent}. */
@Table("relops_nodes")
public class TreeNode extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("relops_nodes.id") public Integer parentId;
    @Column(length = 30) public String data;
    @Relationship(target = "TreeNode") @Backref(name = "parent", remoteSide = "id") public List<TreeNode> children = new ArrayList<>();
    public TreeNode parent;
}
