package io.junction.it.types;

import io.junction.orm.mapper.Mapped;

import java.time.Instant;

/** A classically mapped class for the refusals of a column whose type does not fit the field, and their fixes. */
@Mapped
public class Ticket {
    public Integer id;
    public Status status;
    public Instant openedAt;
}
