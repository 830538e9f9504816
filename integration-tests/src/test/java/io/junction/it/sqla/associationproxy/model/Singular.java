package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's ComparatorTest Singular: the many-to-one target of {@code User.singular}, with keywords of its own. */
@Table("singular")
public class Singular extends ComparatorBase {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 50) public String value;
    @Relationship public List<Keyword> keywords = new ArrayList<>();

    public Singular() {
    }

    public Singular(String value) {
        this.value = value;
    }
}
