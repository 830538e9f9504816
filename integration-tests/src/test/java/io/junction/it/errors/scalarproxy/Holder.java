package io.junction.it.errors.scalarproxy;

import io.junction.declarative.AssociationProxy;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** A scalar proxy asking for both cascadeScalarDeletes and createOnNoneAssignment. */
@Table("holders")
public class Holder extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("targets.id") public Integer targetId;
    @Relationship public Target target;
    @AssociationProxy(target = "target", attribute = "name", cascadeScalarDeletes = true, createOnNoneAssignment = true)
    public String targetName;
}
