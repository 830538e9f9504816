package io.junction.benchmarks.hibernate;

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

/** Hibernate's child: a lazy many-to-one (as Junction's), and the foreign key readable as a column. */
@Entity
@Table(name = "bench_child")
public class HChild {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_child_seq")
    @SequenceGenerator(name = "bench_child_seq", sequenceName = "bench_child_seq", allocationSize = 50)
    public Integer id;

    @Column(name = "parent_id", insertable = false, updatable = false)
    public Integer parentId;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public HParent parent;

    protected HChild() {
    }

    public HChild(String name) {
        this.name = name;
    }
}
