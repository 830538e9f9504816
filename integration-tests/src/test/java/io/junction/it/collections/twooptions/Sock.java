package io.junction.it.collections.twooptions;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.MapKey;
import io.junction.declarative.OrderColumn;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

/** A backref that is given both a key rule and a position attribute. */
@Table("socks")
public class Sock extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("drawers.id") public Integer drawerId;
    @Column(length = 20) public String colour;
    @Column public Integer position;
    @Relationship @Backref(name = "socks", mapKey = @MapKey("colour"), orderColumn = @OrderColumn("position"))
    public Drawer drawer;
}
