package io.junction.it.types.refused;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.it.types.Point;

/** Refused: a {@code Point} column with no converter (the fix, {@code @Column(converter = PointConverter.class)}, is on {@code Sample.location}). */
@Table("spot")
public class Spot extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column public Point where;
}
