package io.junction.it.types.fixed;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.it.types.Point;
import io.junction.it.types.PointConverter;

/** {@code refused.Spot} with {@code @Column(converter = PointConverter.class)}, as its refusal advises. */
@Table("spot")
public class Spot extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(converter = PointConverter.class) public Point where;
}
