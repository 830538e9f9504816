package io.junction.it.arguments.model;

import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.relationship.PassiveDeletes;

import java.util.ArrayList;
import java.util.List;

/** A shelf whose books the database takes off it when it is deleted ({@code ON DELETE SET NULL}). */
@Table("shelves")
public class Shelf extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(passiveDeletes = PassiveDeletes.ON) public List<Book> books = new ArrayList<>();
    @Relationship(passiveDeletes = PassiveDeletes.ALL) public List<Ledger> ledgers = new ArrayList<>();
}
