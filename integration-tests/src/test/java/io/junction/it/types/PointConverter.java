package io.junction.it.types;

import io.junction.sql.schema.Converter;
import io.junction.sql.schema.Schema;
import io.junction.sql.schema.SqlType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link Point} as the JSON object {@code {"x":1,"y":2}} in a JSONB column. */
public final class PointConverter implements Converter<Point, String> {
    private static final Pattern JSON = Pattern.compile("\\{\\s*\"x\"\\s*:\\s*(-?\\d+)\\s*,\\s*\"y\"\\s*:\\s*(-?\\d+)\\s*}");

    @Override
    public Class<Point> javaType() {
        return Point.class;
    }

    @Override
    public SqlType columnType() {
        return Schema.JSONB;
    }

    @Override
    public String toColumn(Point value) {
        return "{\"x\":" + value.x() + ",\"y\":" + value.y() + "}";
    }

    @Override
    public Point fromColumn(String value) {
        Matcher matcher = JSON.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a point: " + value);
        }
        return new Point(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }
}
