package io.junction.docs.declarative.adjacency;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

// tag::node[]
@Table("nodes")
public class Node extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("nodes.id") public Integer parentId;
    @Column(length = 50) public String data;
    @Relationship @Backref(name = "parent", remoteSide = "id") public List<Node> children = new ArrayList<>();
    public Node parent;                      // the backref: many-to-one, as remoteSide says
    // end::node[]

    @Override
    public String toString() {
        return "Node(" + id + ", " + parentId + ", '" + data + "')";
    }
}
