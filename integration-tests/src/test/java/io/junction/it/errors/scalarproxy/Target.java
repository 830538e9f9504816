package io.junction.it.errors.scalarproxy;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("targets")
public class Target extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20) public String name;

    public Target() {
    }

    public Target(String name) {
        this.name = name;
    }
}
