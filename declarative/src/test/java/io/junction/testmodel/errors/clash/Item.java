package io.junction.testmodel.errors.clash;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

@Table("item")
public class Item extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("owner.id") public Integer ownerId;
}
