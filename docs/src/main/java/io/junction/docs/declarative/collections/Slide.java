package io.junction.docs.declarative.collections;

import io.junction.declarative.Column;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

// tag::slide[]
@Table("slide")
public class Slide extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(cascade = "all, delete-orphan") @OrderColumn("position")
    public List<Bullet> bullets = new ArrayList<>();
}
// end::slide[]
