package io.junction.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Hibernate's tree node on {@code bench_node}, read only; enhanced at build time. */
@Entity
@Table(name = "bench_node")
public class HNode {
    @Id
    private Integer id;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Integer parentId;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private HNode parent;

    @OneToMany(mappedBy = "parent")
    private List<HNode> children = new ArrayList<>();

    protected HNode() {
    }

    public Integer getId() {
        return id;
    }

    public Integer getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public List<HNode> getChildren() {
        return children;
    }
}
