package io.junction.it.loading;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** The seed's node mapped with {@code lazy(JOINED).joinDepth(2)} on its children. */
@Mapped
public class TreeNode {
    public Integer id;
    public Integer parentId;
    public String data;
    public List<TreeNode> children = new ArrayList<>();
    public TreeNode parent;

    @Override
    public String toString() {
        return "TreeNode(" + id + ", " + data + ")";
    }
}
