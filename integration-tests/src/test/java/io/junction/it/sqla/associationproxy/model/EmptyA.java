package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's ScalarTest.test_empty_scalars A: {@code a2b_name} and {@code b_single} proxy the one-to-one
 * {@code a2b_single}; {@code bName} goes one step further, along the path {@code b.name}.
 */
@Table("a")
public class EmptyA extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String name;
    @Relationship public A2B a2bSingle;
    @AssociationProxy(target = "a2bSingle", attribute = "name") public String a2bName;
    @AssociationProxy(target = "a2bSingle", attribute = "b") public EmptyB bSingle;
    @AssociationProxy(target = "a2bSingle", attribute = "b.name", creator = A2B.WithBNamed.class) public String bName;
}
