package io.junction.testmodel.errors.unknownclass;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.ArrayList;
import java.util.List;

@Table("owner")
public class Owner extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(target = "Itme") public List<Item> items = new ArrayList<>();
}
