package io.junction.docs.declarative.onetomany;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

// tag::child[]
@Table("child")
public class Child extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("parent.id") public Integer parentId;
    public Parent parent;                    // the backref's attribute
}
// end::child[]
