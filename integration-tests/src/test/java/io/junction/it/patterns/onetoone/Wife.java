package io.junction.it.patterns.onetoone;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("wife")
public class Wife extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("husband.id") public Integer husbandId;
    @Column(length = 20) public String name;
    /** The backref of {@code Husband.wife}. */
    public Husband husband;

    public Wife() {
    }

    public Wife(String name) {
        this.name = name;
    }
}
