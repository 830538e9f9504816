package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

/** SQLAlchemy's test_empty_scalars B. */
@Table("b")
public class EmptyB extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
}
