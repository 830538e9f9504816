package io.junction.it.identity;

import io.junction.orm.mapper.Mapped;

import java.util.ArrayList;
import java.util.List;

/** A sensor with its many readings (one-to-many, lazy). */
@Mapped
public class Sensor {
    public Integer id;
    public String name;
    public List<Reading> readings = new ArrayList<>();

    public Sensor() {
    }
}
