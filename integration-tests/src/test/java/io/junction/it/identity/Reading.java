package io.junction.it.identity;

import io.junction.orm.mapper.Mapped;

/** One reading of a sensor; its {@code sensor} is the backref of {@link Sensor#readings}. */
@Mapped
public class Reading {
    public Integer id;
    public Integer sensorId;
    public String label;
    public Sensor sensor;

    public Reading() {
    }

    public Reading(int id, String label) {
        this.id = id;
        this.label = label;
    }
}
