package io.junction.testmodel.errors.unknowntable;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("owner")
public class Owner extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(secondary = "owner_items") public List<Item> items = new ArrayList<>();
}
