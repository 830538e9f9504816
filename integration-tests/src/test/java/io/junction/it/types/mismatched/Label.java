package io.junction.it.types.mismatched;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.it.types.PointConverter;

/** Refused: a String field with a converter of Point. */
@Table("label")
public class Label extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(converter = PointConverter.class) public String text;
}
