package io.junction.it.types;

/** A value of the application's, stored as a JSON object through {@link PointConverter}. */
public record Point(int x, int y) {
}
