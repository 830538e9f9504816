package io.junction.testmodel.options;

import io.junction.declarative.Column;

/** Fields shared by model classes through an abstract class without @Table. */
public abstract class Shared extends Base {
    @Column(primaryKey = true) public Long id;
}
