package io.junction.benchmarks.hibernate;

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

/** Hibernate's parent: ids from a pooled sequence (allocation 50), so that inserts batch. */
@Entity
@Table(name = "bench_parent")
public class HParent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_parent_seq")
    @SequenceGenerator(name = "bench_parent_seq", sequenceName = "bench_parent_seq", allocationSize = 50)
    public Integer id;

    public String name;

    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    public List<HChild> children = new ArrayList<>();

    protected HParent() {
    }

    public HParent(String name) {
        this.name = name;
    }

    public void addChild(HChild child) {
        children.add(child);
        child.parent = this;
    }
}
