package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;

/** SQLAlchemy's ScalarRemoveTest B. */
@Table("remove_b")
public class RemoveB extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
}
