package io.junction.it.sqla.relationships.typematch;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/**
 * SQLAlchemy's D, with the many-to-one to A in each configuration the tests use. The fields are
 * declared {@code Object}, wider than A, so that the compiler lets any object in.
 */
@Table("d")
public class D extends Base {
    @Column(primaryKey = true) public Integer did;
    @Column @ForeignKey("a.aid") public Integer aId;
    @Column(length = 30) public String ddata;
    @Relationship(target = "A", overlaps = "aNoCascade, aUnchecked, aUncheckedNoCascade")
    public Object a;
    @Relationship(target = "A", cascade = "none", overlaps = "a, aUnchecked, aUncheckedNoCascade")
    public Object aNoCascade;
    @Relationship(target = "A", enableTypechecks = false, overlaps = "a, aNoCascade, aUncheckedNoCascade")
    public Object aUnchecked;
    @Relationship(target = "A", cascade = "none", enableTypechecks = false, overlaps = "a, aNoCascade, aUnchecked")
    public Object aUncheckedNoCascade;
}
