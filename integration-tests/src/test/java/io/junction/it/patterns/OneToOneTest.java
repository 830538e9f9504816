package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.onetoone.Base;
import io.junction.it.patterns.onetoone.Car;
import io.junction.it.patterns.onetoone.Husband;
import io.junction.it.patterns.onetoone.Motor;
import io.junction.it.patterns.onetoone.Wife;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's one-to-one, both ways, mapped classically and declaratively: {@code uselist(false)}
 * on a one-to-many (husband and wife), and a many-to-one with a scalar backref (car and motor).
 */
class OneToOneTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table husband = metadata.table("husband", column("id", INTEGER).primaryKey(), column("name", string(20)));
        Table wife = metadata.table("wife", column("id", INTEGER).primaryKey(),
                column("husband_id", INTEGER).foreignKey("husband.id"), column("name", string(20)));
        Table car = metadata.table("car", column("id", INTEGER).primaryKey(),
                column("engine_id", INTEGER).foreignKey("motor.id"));
        Table motor = metadata.table("motor", column("id", INTEGER).primaryKey(), column("serial", string(20)));
        Registry registry = new Registry(metadata);
        registry.map(Husband.class, husband, relationship("wife", Wife.class).uselist(false).backref("husband"));
        registry.map(Wife.class, wife);
        registry.map(Car.class, car, relationship("engine", Motor.class).backref(backref("car").uselist(false)));
        registry.map(Motor.class, motor);
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
        Registry registry = MAPPING.activate(Style.DECLARATIVE);
        RelationshipProperty wife = (RelationshipProperty) registry.mapper(Husband.class).property("wife");
        assertThat(wife.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(wife.uselist()).isFalse();
        RelationshipProperty car = (RelationshipProperty) registry.mapper(Motor.class).property("car");
        assertThat(car.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(car.uselist()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void bothSidesAreScalarsKeptInStep(Style style) {
        MAPPING.activate(style);
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
        motor.car = null;
        assertThat(second.engine).isNull();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aOneToManyMadeScalarFlushesAndLoads(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Husband h = new Husband("h");
            h.wife = new Wife("w");
            session.add(h);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT husband", "INSERT wife");
            id = h.id;
        }
        try (Session session = new Session(engine)) {
            Husband h = session.get(Husband.class, id);
            log.clear();
            assertThat(h.wife.name).isEqualTo("w");
            assertThat(log.sql()).containsExactly("SELECT wife.id AS wife_id, wife.husband_id AS wife_husband_id, "
                    + "wife.name AS wife_name FROM wife WHERE wife.husband_id = ?");
            assertThat(h.wife.husband).isSameAs(h);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void replacingTheChildDetachesTheOldOne(Style style, Database database) {
        Engine engine = fresh(style, database);
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
        Table wife = table("wife");
        assertThat(strings(rows(engine, select(wife.c("name"), wife.c("husband_id")).orderBy(wife.c("id")))))
                .containsExactly("first/null", "second/" + id);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aManyToOneWithScalarBackrefFlushesAndLoads(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer carId;
        Integer motorId;
        try (Session session = new Session(engine)) {
            Car car = new Car();
            car.engine = new Motor("m1");
            session.add(car);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT motor", "INSERT car");
            carId = car.id;
            motorId = car.engine.id;
        }
        try (Session session = new Session(engine)) {
            Motor motor = session.query(Motor.class).one();
            assertThat(motor.id).isEqualTo(motorId);
            log.clear();
            assertThat(motor.car).isNotNull();
            assertThat(log.sql()).containsExactly("SELECT car.id AS car_id, car.engine_id AS car_engine_id "
                    + "FROM car WHERE car.engine_id = ?");
            assertThat(motor.car.id).isEqualTo(carId);
            assertThat(motor.car.engine).isSameAs(motor);
        }
        assertThat(rows(engine, select(table("car").c("engine_id")))).extracting(r -> r.get(0)).containsExactly(motorId);
    }
}
