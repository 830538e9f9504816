package io.junction.it.sqla.versioning.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.Version;

import java.time.LocalDate;

/** ColumnTypeTest's Foo: a DATE primary key the application assigns, and a BIGINT version counter. */
@Table("dated_version_table")
public class DatedFoo extends Base {
    @Column(primaryKey = true) public LocalDate id;
    @Column(nullable = false) @Version public Long versionId;
    @Column(length = 40, nullable = false) public String value;

    public DatedFoo() {
    }

    public DatedFoo(LocalDate id, String value) {
        this.id = id;
        this.value = value;
    }
}
