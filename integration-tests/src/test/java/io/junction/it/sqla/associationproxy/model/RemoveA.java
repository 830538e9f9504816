package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's ScalarRemoveTest A over a one-to-one ({@code uselist=False}): {@code b} shows the
 * association's B object (useobject), {@code value} the association's integer column; each in the
 * variations of the test's subclasses (cascade_scalar_deletes, create_on_none_assignment, neither),
 * as proxies of the same reference. The associations are delete-orphan, so a cleared one's row goes.
 */
@Table("remove_a")
public class RemoveA extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "a") public RemoveAB ab;
    @AssociationProxy(target = "ab", attribute = "b", creator = RemoveAB.ForB.class) public RemoveB b;
    @AssociationProxy(target = "ab", attribute = "b", creator = RemoveAB.ForB.class, cascadeScalarDeletes = true)
    public RemoveB bCascade;
    @AssociationProxy(target = "ab", attribute = "b", creator = RemoveAB.ForB.class, createOnNoneAssignment = true)
    public RemoveB bOnNone;
    @Relationship(cascade = "all, delete-orphan") @Backref(name = "a") public RemoveAV av;
    @AssociationProxy(target = "av", attribute = "b", creator = RemoveAV.ForValue.class) public Integer value;
    @AssociationProxy(target = "av", attribute = "b", creator = RemoveAV.ForValue.class, cascadeScalarDeletes = true)
    public Integer valueCascade;
}
