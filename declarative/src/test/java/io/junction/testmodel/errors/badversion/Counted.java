package io.junction.testmodel.errors.badversion;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.Version;

@Table("counted")
public class Counted extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column(length = 10) @Version public String version;
}
