package io.junction.it.sqla.versioning.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.Version;

/** test_versioning.py's Foo over version_table, {@code version_id_col=version_table.c.version_id}. */
@Table("version_table")
public class Foo extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(nullable = false) @Version public Integer versionId;
    @Column(length = 40, nullable = false) public String value;

    public Foo() {
    }

    public Foo(String value) {
        this.value = value;
    }
}
