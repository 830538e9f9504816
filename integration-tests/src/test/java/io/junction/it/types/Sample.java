package io.junction.it.types;

import io.junction.declarative.Column;
import io.junction.declarative.ColumnType;
import io.junction.declarative.Enumerated;
import io.junction.declarative.Table;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** One column of each type Junction maps beyond the basic ones. */
@Table("sample")
public class Sample extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column public Status status;
    @Column(enumerated = Enumerated.ORDINAL) public Priority priority;
    @Column(enumerated = Enumerated.NATIVE) public Mood mood;
    @Column public Short small;
    @Column public byte tiny;
    @Column public Float ratio;
    @Column public double score;
    @Column public Instant createdAt;
    @Column public OffsetDateTime seenAt;
    @Column public LocalTime opensAt;
    @Column public byte[] payload;
    @Column(type = ColumnType.JSONB) public String document;
    @Column(converter = PointConverter.class) public Point location;
    @Column public List<String> tags;
    @Column public List<Integer> scores;
    @Column public int[] counts;
}
