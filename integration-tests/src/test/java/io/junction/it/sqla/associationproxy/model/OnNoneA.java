package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's ScalarTest.test_create_on_set_none A: {@code b_data = association_proxy("b", "data")} over a
 * many-to-one, in the test's four variations (with or without {@code create_on_none_assignment}, with a
 * creator or with B's constructor), as four proxies of the same reference.
 */
@Table("on_none_a")
public class OnNoneA extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("on_none_b.id") public Integer bId;
    @Relationship public OnNoneB b;
    @AssociationProxy(target = "b", attribute = "data", creator = OnNoneB.Make.class) public String bData;
    @AssociationProxy(target = "b", attribute = "data") public String bDataByConstructor;
    @AssociationProxy(target = "b", attribute = "data", creator = OnNoneB.Make.class, createOnNoneAssignment = true)
    public String bDataOnNone;
    @AssociationProxy(target = "b", attribute = "data", createOnNoneAssignment = true) public String bDataOnNoneByConstructor;
}
