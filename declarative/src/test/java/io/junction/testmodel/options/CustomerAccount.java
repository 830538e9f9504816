package io.junction.testmodel.options;

import io.junction.declarative.Column;
import io.junction.declarative.ColumnType;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every column option, a table named after the class, and a pair of relationships joined with backPopulates. */
@Table
public class CustomerAccount extends Shared {
    @Column(name = "nm", length = 100, nullable = false, index = true) public String displayName;
    @Column(unique = true) public UUID token;
    @Column(type = ColumnType.TEXT) public String notes;
    @Column(precision = 10, scale = 2) public BigDecimal balance;
    @Column public LocalDate opened;
    @Column public LocalDateTime touched;
    @Column public boolean active;
    @Column public int visits;
    @Relationship(backPopulates = "account", orderBy = "Entry.amount desc") public List<Entry> entries = new ArrayList<>();
    public transient String scratch;
}
