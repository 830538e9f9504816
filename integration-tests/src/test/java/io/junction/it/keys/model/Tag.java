package io.junction.it.keys.model;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.UuidKey;

import java.util.UUID;

/** Keyed by a UUID the flush generates when the key is null. */
@Table("tag")
public class Tag extends Base {
    @Column(primaryKey = true) @UuidKey public UUID id;
    @Column(length = 30) public String name;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }
}
