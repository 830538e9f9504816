package io.junction.benchmarks.hibernate;

import io.junction.benchmarks.Database;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Hibernate's parent: ids from a pooled sequence allocating a whole batch at once, so that inserts batch; enhanced at build time. */
@Entity
@Table(name = "bench_parent")
public class HParent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_parent_seq")
    @SequenceGenerator(name = "bench_parent_seq", sequenceName = "bench_parent_seq", allocationSize = Database.BATCH)
    private Integer id;

    private String name;

    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    private List<HChild> children = new ArrayList<>();

    protected HParent() {
    }

    public HParent(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<HChild> getChildren() {
        return children;
    }

    /** Adds {@code child} to the children and sets its parent. */
    public void addChild(HChild child) {
        children.add(child);
        child.setParent(this);
    }
}
