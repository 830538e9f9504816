package io.junction.agent.testmodel.declarative;

import java.util.ArrayList;
import java.util.List;

public class Node extends Base {

    public Integer id;
    public String data;
    public Node parent;
    public List<Node> children = new ArrayList<>();

    public Node(String data) {
        this.data = data;
    }

    public void append(Node child) {
        children.add(child);
        child.parent = this;
    }
}
