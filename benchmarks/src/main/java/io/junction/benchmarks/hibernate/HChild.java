package io.junction.benchmarks.hibernate;

import io.junction.benchmarks.Database;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Hibernate's child: a lazy many-to-one (as Junction's), the foreign key readable as a column; enhanced at build time. */
@Entity
@Table(name = "bench_child")
public class HChild {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_child_seq")
    @SequenceGenerator(name = "bench_child_seq", sequenceName = "bench_child_seq", allocationSize = Database.BATCH)
    private Integer id;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Integer parentId;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private HParent parent;

    protected HChild() {
    }

    public HChild(String name) {
        this.name = name;
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

    public void setName(String name) {
        this.name = name;
    }

    public HParent getParent() {
        return parent;
    }

    public void setParent(HParent parent) {
        this.parent = parent;
    }
}
