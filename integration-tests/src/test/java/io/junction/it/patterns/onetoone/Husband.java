package io.junction.it.patterns.onetoone;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * One-to-one from a one-to-many, the other table holding the key:
 * {@code wife = relationship(Wife, uselist=False, backref='husband')}; a scalar field means uselist=False.
 */
@Table("husband")
public class Husband extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20) public String name;
    @Relationship @Backref(name = "husband") public Wife wife;

    public Husband() {
    }

    public Husband(String name) {
        this.name = name;
    }
}
