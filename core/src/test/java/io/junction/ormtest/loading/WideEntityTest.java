package io.junction.ormtest.loading;

import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** A class with more than 64 attributes, whose loaded and unloaded bits go beyond the first word. */
class WideEntityTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table WIDE = METADATA.table("wide",
            column("id", INTEGER).primaryKey(),
            column("c1", string(20)),
            column("c2", string(20)),
            column("c3", string(20)),
            column("c4", string(20)),
            column("c5", string(20)),
            column("c6", string(20)),
            column("c7", string(20)),
            column("c8", string(20)),
            column("c9", string(20)),
            column("c10", string(20)),
            column("c11", string(20)),
            column("c12", string(20)),
            column("c13", string(20)),
            column("c14", string(20)),
            column("c15", string(20)),
            column("c16", string(20)),
            column("c17", string(20)),
            column("c18", string(20)),
            column("c19", string(20)),
            column("c20", string(20)),
            column("c21", string(20)),
            column("c22", string(20)),
            column("c23", string(20)),
            column("c24", string(20)),
            column("c25", string(20)),
            column("c26", string(20)),
            column("c27", string(20)),
            column("c28", string(20)),
            column("c29", string(20)),
            column("c30", string(20)),
            column("c31", string(20)),
            column("c32", string(20)),
            column("c33", string(20)),
            column("c34", string(20)),
            column("c35", string(20)),
            column("c36", string(20)),
            column("c37", string(20)),
            column("c38", string(20)),
            column("c39", string(20)),
            column("c40", string(20)),
            column("c41", string(20)),
            column("c42", string(20)),
            column("c43", string(20)),
            column("c44", string(20)),
            column("c45", string(20)),
            column("c46", string(20)),
            column("c47", string(20)),
            column("c48", string(20)),
            column("c49", string(20)),
            column("c50", string(20)),
            column("c51", string(20)),
            column("c52", string(20)),
            column("c53", string(20)),
            column("c54", string(20)),
            column("c55", string(20)),
            column("c56", string(20)),
            column("c57", string(20)),
            column("c58", string(20)),
            column("c59", string(20)),
            column("c60", string(20)),
            column("c61", string(20)),
            column("c62", string(20)),
            column("c63", string(20)),
            column("c64", string(20)),
            column("c65", string(20)),
            column("c66", string(20)),
            column("c67", string(20)),
            column("c68", string(20)),
            column("c69", string(20)));
    private static final Table PARTS = METADATA.table("parts",
            column("id", INTEGER).primaryKey(),
            column("wide_id", INTEGER).foreignKey("wide.id"));
    private static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Wide.class, WIDE, relationship("parts", Part.class));
        REGISTRY.map(Part.class, PARTS);
        REGISTRY.configure();
    }

    @Mapped
    static class Wide {
        Integer id;
        String c1;
        String c2;
        String c3;
        String c4;
        String c5;
        String c6;
        String c7;
        String c8;
        String c9;
        String c10;
        String c11;
        String c12;
        String c13;
        String c14;
        String c15;
        String c16;
        String c17;
        String c18;
        String c19;
        String c20;
        String c21;
        String c22;
        String c23;
        String c24;
        String c25;
        String c26;
        String c27;
        String c28;
        String c29;
        String c30;
        String c31;
        String c32;
        String c33;
        String c34;
        String c35;
        String c36;
        String c37;
        String c38;
        String c39;
        String c40;
        String c41;
        String c42;
        String c43;
        String c44;
        String c45;
        String c46;
        String c47;
        String c48;
        String c49;
        String c50;
        String c51;
        String c52;
        String c53;
        String c54;
        String c55;
        String c56;
        String c57;
        String c58;
        String c59;
        String c60;
        String c61;
        String c62;
        String c63;
        String c64;
        String c65;
        String c66;
        String c67;
        String c68;
        String c69;
        List<Part> parts = new ArrayList<>();
    }

    @Mapped
    static class Part {
        Integer id;
        Integer wideId;
    }

    @Test
    void attributesBeyondTheSixtyFourthLoadExpireAndReloadAsTheFirstOnes() {
        OrmDatabase db = OrmDatabase.fresh(METADATA);
        db.execute(insert(WIDE).values(Map.of("id", 1, "c1", "one", "c68", "sixty-eight")), insert(PARTS).values(Map.of("id", 7, "wide_id", 1)));
        SqlLog log = db.log();
        try (Session session = db.session()) {
            Wide wide = session.query(Wide.class).one();
            assertThat(Junction.inspect(wide).unloadedAttributes()).containsExactly("parts");
            log.clear();

            assertThat(wide.parts).extracting(p -> p.id).containsExactly(7);
            assertThat(log.sql()).containsExactly("SELECT parts.id AS parts_id, parts.wide_id AS parts_wide_id "
                    + "FROM parts WHERE parts.wide_id = ?");
            assertThat(Junction.inspect(wide).unloadedAttributes()).isEmpty();

            session.expire(wide, "c68");
            assertThat(Junction.inspect(wide).unloadedAttributes()).containsExactly("c68");
            log.clear();
            assertThat(wide.c68).isEqualTo("sixty-eight");
            assertThat(log.sql()).hasSize(1);
            assertThat(Junction.inspect(wide).unloadedAttributes()).isEmpty();

            wide.c69 = "changed";
            assertThat(Junction.inspect(wide).attribute("c69").history().added()).containsExactly("changed");
            assertThat(Junction.inspect(wide).modified()).isTrue();
        }
    }
}
