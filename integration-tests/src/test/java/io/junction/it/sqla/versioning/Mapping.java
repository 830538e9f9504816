package io.junction.it.sqla.versioning;

import io.junction.it.sqla.versioning.model.A;
import io.junction.it.sqla.versioning.model.B;
import io.junction.it.sqla.versioning.model.Base;
import io.junction.it.sqla.versioning.model.DatedFoo;
import io.junction.it.sqla.versioning.model.Foo;
import io.junction.it.support.StyledMapping;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.mapper.VersionSpec.versionId;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.BIGINT;
import static io.junction.sql.schema.Schema.DATE;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The versioned classes of the ports, mapped classically as test_versioning.py maps them, or by their annotations. */
final class Mapping {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table versionTable = metadata.table("version_table",
                column("id", INTEGER).primaryKey(),
                column("version_id", INTEGER).nullable(false),
                column("value", string(40)).nullable(false));
        Table dated = metadata.table("dated_version_table",
                column("id", DATE).primaryKey(),
                column("version_id", BIGINT).nullable(false),
                column("value", string(40)).nullable(false));
        Table a = metadata.table("a", column("id", INTEGER).primaryKey(), column("version_id", INTEGER));
        Table b = metadata.table("b", column("id", INTEGER).primaryKey(), column("a_id", INTEGER).foreignKey("a.id"));
        Registry registry = new Registry(metadata);
        registry.map(Foo.class, versionTable, versionId(versionTable.c("version_id")));
        registry.map(DatedFoo.class, dated, versionId(dated.c("version_id")));
        registry.map(A.class, a, versionId(a.c("version_id")), relationship("bs", B.class).backref("a"));
        registry.map(B.class, b);
        return registry;
    });

    private Mapping() {
    }
}
