package io.junction.it.sqla.relationships.typematch;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLAlchemy's A, with the one-to-many to B in each configuration the tests use: the default
 * cascade or none, type checks on (the default) or off. The four write the same column knowingly.
 */
@Table("a")
public class A extends Base {
    @Column(primaryKey = true) public Integer aid;
    @Column(length = 30) public String adata;
    @Relationship(overlaps = "bsNoCascade, bsUnchecked, bsUncheckedNoCascade")
    public List<B> bs = new ArrayList<>();
    @Relationship(cascade = "none", overlaps = "bs, bsUnchecked, bsUncheckedNoCascade")
    public List<B> bsNoCascade = new ArrayList<>();
    @Relationship(enableTypechecks = false, overlaps = "bs, bsNoCascade, bsUncheckedNoCascade")
    public List<B> bsUnchecked = new ArrayList<>();
    @Relationship(cascade = "none", enableTypechecks = false, overlaps = "bs, bsNoCascade, bsUnchecked")
    public List<B> bsUncheckedNoCascade = new ArrayList<>();
}
