package io.junction.it.types;

import io.junction.declarative.DeclarativeException;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.junction.sql.schema.Schema.INSTANT;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.TEXT;
import static io.junction.sql.schema.Schema.TIMESTAMP_TZ;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.enumByName;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A field whose type its column cannot hold is refused when it is mapped, naming the class, the
 * field, its type, the column's type and the fix; each test then applies the fix it names and
 * round-trips a value through it on H2 and PostgreSQL.
 */
class TypeRefusalsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anEnumFieldOnATextColumnIsRefusedAndTheNamedTypeWorks(Database database) {
        MetaData refused = new MetaData();
        Table plain = refused.table("ticket", column("id", INTEGER).primaryKey(), column("status", TEXT),
                column("opened_at", INSTANT));
        assertThatThrownBy(() -> new Registry(refused).map(Ticket.class, plain))
                .isInstanceOf(MappingException.class)
                .hasMessage("Ticket.status is a Status but column ticket.status is TEXT, read as String; give the column "
                        + "the type enumByName(Status.class) (its names in a VARCHAR), enumByOrdinal(Status.class) or "
                        + "nativeEnum(\"type_name\", Status.class), or declare the field as String");

        MetaData fixed = new MetaData();
        Table ticket = fixed.table("ticket", column("id", INTEGER).primaryKey(), column("status", enumByName(Status.class)),
                column("opened_at", INSTANT));
        roundTrip(database, fixed, ticket);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInstantFieldOnAnOffsetDateTimeColumnIsRefusedAndInstantWorks(Database database) {
        MetaData refused = new MetaData();
        Table plain = refused.table("ticket", column("id", INTEGER).primaryKey(), column("status", enumByName(Status.class)),
                column("opened_at", TIMESTAMP_TZ));
        assertThatThrownBy(() -> new Registry(refused).map(Ticket.class, plain))
                .isInstanceOf(MappingException.class)
                .hasMessage("Ticket.openedAt is a Instant but column ticket.opened_at is TIMESTAMP_TZ, read as OffsetDateTime; "
                        + "give the column the type INSTANT (a TIMESTAMP WITH TIME ZONE read as Instant), or declare the "
                        + "field as OffsetDateTime");

        MetaData fixed = new MetaData();
        Table ticket = fixed.table("ticket", column("id", INTEGER).primaryKey(), column("status", enumByName(Status.class)),
                column("opened_at", INSTANT));
        roundTrip(database, fixed, ticket);
    }

    @Test
    void anotherFieldTypeIsToldToUseAConverter() {
        MetaData refused = new MetaData();
        Table plain = refused.table("ticket", column("id", INTEGER).primaryKey(), column("status", string(10)),
                column("opened_at", INTEGER));
        assertThatThrownBy(() -> new Registry(refused).map(Ticket.class, plain))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Ticket.status is a Status but column ticket.status is VARCHAR(10)");
        MetaData other = new MetaData();
        Table numbers = other.table("ticket", column("id", INTEGER).primaryKey(), column("status", enumByName(Status.class)),
                column("opened_at", INTEGER));
        assertThatThrownBy(() -> new Registry(other).map(Ticket.class, numbers))
                .isInstanceOf(MappingException.class)
                .hasMessage("Ticket.openedAt is a Instant but column ticket.opened_at is INTEGER, read as Integer; give the "
                        + "column the type INSTANT (a TIMESTAMP WITH TIME ZONE read as Instant), or declare the field as Integer");
    }

    @Test
    void aDeclarativeFieldOfATypeWithoutColumnTypeIsToldToNameAConverter() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.types.refused.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Spot.where (in io.junction.it.types.refused.Spot) is a column of Java type "
                        + "io.junction.it.types.Point, which has no column type")
                .hasMessageContaining("write a Converter<Point, String> (or of another column type) and name it in "
                        + "@Column(converter = ...)");

        DeclarativeRegistry fixed = DeclarativeRegistry.of(io.junction.it.types.fixed.Base.class);
        fixed.configure();
        try {
            Engine engine = Database.H2.quietEngine();
            MetaData metadata = fixed.registry().metadata();
            metadata.dropAll(engine);
            metadata.createAll(engine);
            try (Session session = new Session(engine)) {
                io.junction.it.types.fixed.Spot spot = new io.junction.it.types.fixed.Spot();
                spot.where = new Point(3, 4);
                session.add(spot);
                session.commit();
                session.expireAll();
                assertThat(spot.where).isEqualTo(new Point(3, 4));
            }
            metadata.dropAll(engine);
        } finally {
            fixed.dispose();
        }
    }

    @Test
    void aConverterOfAnotherJavaTypeThanTheFieldIsRefused() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.types.mismatched.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessage("Label.text (in io.junction.it.types.mismatched.Label) is a String but converter PointConverter "
                        + "converts Point (its javaType()); declare the field as Point, or name a converter of String");
    }

    private static void roundTrip(Database database, MetaData metadata, Table ticket) {
        Registry registry = new Registry(metadata);
        try {
            registry.map(Ticket.class, ticket);
            Engine engine = database.quietEngine();
            metadata.dropAll(engine);
            metadata.createAll(engine);
            Instant at = Instant.parse("2024-05-06T07:08:09Z");
            Integer id;
            try (Session session = new Session(engine)) {
                Ticket t = new Ticket();
                t.status = Status.DONE;
                t.openedAt = at;
                session.add(t);
                session.commit();
                id = t.id;
            }
            try (Session session = new Session(engine)) {
                Ticket loaded = session.get(Ticket.class, id);
                assertThat(loaded.status).isSameAs(Status.DONE);
                assertThat(loaded.openedAt).isEqualTo(at);
            }
            metadata.dropAll(engine);
        } finally {
            registry.dispose();
        }
    }
}
