package io.junction.it.patterns.onetoone;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

@Table("motor")
public class Motor extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 20) public String serial;
    /** The scalar backref of {@code Car.engine}. */
    public Car car;

    public Motor() {
    }

    public Motor(String serial) {
        this.serial = serial;
    }
}
