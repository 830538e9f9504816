package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.Models.Car;
import io.junction.it.patterns.Models.Husband;
import io.junction.it.patterns.Models.Motor;
import io.junction.it.patterns.Models.Wife;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's one-to-one, both ways: {@code uselist(false)} on a one-to-many, and a many-to-one with a scalar backref. */
class OneToOneTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table HUSBAND = METADATA.table("husband", column("id", INTEGER).primaryKey(), column("name", string(20)));
    static final Table WIFE = METADATA.table("wife", column("id", INTEGER).primaryKey(),
            column("husband_id", INTEGER).foreignKey("husband.id"), column("name", string(20)));
    static final Table MOTOR = METADATA.table("motor", column("id", INTEGER).primaryKey(), column("serial", string(20)));
    static final Table CAR = METADATA.table("car", column("id", INTEGER).primaryKey(),
            column("engine_id", INTEGER).foreignKey("motor.id"));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Husband.class, HUSBAND, relationship("wife", Wife.class).uselist(false).backref("husband"));
        REGISTRY.map(Wife.class, WIFE);
        REGISTRY.map(Car.class, CAR, relationship("engine", Motor.class).backref(backref("car").uselist(false)));
        REGISTRY.map(Motor.class, MOTOR);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @Test
    void bothSidesAreScalarsKeptInStep() {
        Husband h = new Husband("h");
        Wife w = new Wife("w");
        h.wife = w;
        assertThat(w.husband).isSameAs(h);
        Wife other = new Wife("other");
        h.wife = other;
        assertThat(w.husband).isNull();
        assertThat(other.husband).isSameAs(h);

        Car car = new Car();
        Motor motor = new Motor("m1");
        car.engine = motor;
        assertThat(motor.car).isSameAs(car);
        Car second = new Car();
        motor.car = second;
        assertThat(second.engine).isSameAs(motor);
        assertThat(car.engine).isNull();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void replacingTheChildDetachesTheOldOne(Database database) {
        Engine engine = fresh(database);
        Integer id;
        try (Session session = new Session(engine)) {
            Husband h = new Husband("h");
            h.wife = new Wife("first");
            session.add(h);
            session.commit();
            id = h.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Husband h = session.get(Husband.class, id);
            log.clear();
            h.wife = new Wife("second");
            assertThat(log.verbs()).as("the old child is loaded to be detached").containsExactly("SELECT wife");
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE wife", "INSERT wife");
        }
        assertThat(strings(rows(engine, select(WIFE.c("name"), WIFE.c("husband_id")).orderBy(WIFE.c("id")))))
                .containsExactly("first/null", "second/" + id);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theScalarBackrefOfAManyToOneLoadsAndSaves(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Car car = new Car();
            car.engine = new Motor("m1");
            session.add(car);
            SqlLog log = new SqlLog(engine);
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT motor", "INSERT car");
        }
        try (Session session = new Session(engine)) {
            Motor motor = session.query(Motor.class).one();
            assertThat(motor.car).isNotNull();
            assertThat(motor.car.engine).isSameAs(motor);
        }
    }
}
