package io.junction.it.sqla.versioning.model;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.declarative.Version;

import java.util.ArrayList;
import java.util.List;

/** NoBumpOnRelationshipTest's A: versioned, with {@code bs = relationship(B, backref="a")}. */
@Table("a")
public class A extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @Version public Integer versionId;
    @Relationship @Backref(name = "a") public List<B> bs = new ArrayList<>();
}
