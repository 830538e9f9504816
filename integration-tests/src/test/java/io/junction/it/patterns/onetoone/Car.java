package io.junction.it.patterns.onetoone;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Flag;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** One-to-one from the side with the key: {@code engine = relationship(Motor, backref=backref('car', uselist=False))}. */
@Table("car")
public class Car extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("motor.id") public Integer engineId;
    @Relationship @Backref(name = "car", uselist = Flag.FALSE) public Motor engine;
}
