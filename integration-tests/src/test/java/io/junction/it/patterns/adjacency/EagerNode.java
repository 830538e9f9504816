package io.junction.it.patterns.adjacency;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.Lazy;

import java.util.ArrayList;
import java.util.List;

/** The seed's eager self-referential load: {@code relationship(Node, lazy='joined', join_depth=2)}. */
@Table("eager_nodes")
public class EagerNode extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("eager_nodes.id") public Integer parentId;
    @Column(length = 50) public String data;
    @Relationship(lazy = Lazy.JOINED, joinDepth = 2) public List<EagerNode> children = new ArrayList<>();
}
