package io.junction.testmodel.errors.versionnocolumn;

import io.junction.declarative.Column;
import io.junction.declarative.Table;
import io.junction.declarative.Version;

@Table("counted")
public class Counted extends Base {
    @Column(primaryKey = true) public Integer id;
    @Version public Integer version;
}
