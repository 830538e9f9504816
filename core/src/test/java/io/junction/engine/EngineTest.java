package io.junction.engine;

import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.dialect.PostgresDialect;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building engines from URLs and data sources, and their listeners. */
class EngineTest {
    private final MetaData metadata = new MetaData();
    private final Table things = metadata.table("things", column("id", INTEGER).primaryKey());

    @Test
    void theUrlPicksTheDialect() {
        assertThat(Engine.builder(TestEngines.h2().getPayload()).build().dialect()).isInstanceOf(H2Dialect.class);
        assertThat(Engine.builder(TestEngines.postgres().getPayload()).build().dialect())
                .isInstanceOf(PostgresDialect.class);
        assertThatThrownBy(() -> Engine.builder("jdbc:sqlite:x.db").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:sqlite:x.db");
    }

    @Test
    void aDialectGivenOverridesTheUrls() {
        Engine engine = Engine.builder("jdbc:postgresql://127.0.0.1:1/nothing").dialect(new H2Dialect()).build();
        assertThat(engine.dialect()).isInstanceOf(H2Dialect.class);
    }

    @Test
    void anH2DataSourceIsAskedForItsProduct() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TestEngines.h2().getPayload());
        Engine engine = Engine.builder(dataSource).build();
        assertThat(engine.dialect()).isInstanceOf(H2Dialect.class);
        roundTrip(engine);
    }

    @Test
    void aPostgresDataSourceIsAskedForItsProduct() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestEngines.postgres().getPayload());
        Engine engine = Engine.builder(dataSource).build();
        assertThat(engine.dialect()).isInstanceOf(PostgresDialect.class);
        roundTrip(engine);
    }

    @Test
    void aDataSourceThatCannotConnectIsAnOperationalError() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://127.0.0.1:1/nothing");
        assertThatThrownBy(() -> Engine.builder(dataSource).build()).isInstanceOf(OperationalException.class);
    }

    @Test
    void credentialsMayRideInTheUrlsQueryOnBothDatabasesAndNeverShow() throws Exception {
        Engine h2 = Engine.builder(TestEngines.h2().getPayload() + "?user=junction&password=secret").build();
        roundTrip(h2);
        try (Connection connection = h2.connect()) {
            assertThat(connection.jdbc().getMetaData().getUserName()).isEqualToIgnoringCase("junction");
        }
        assertThat(h2.toString()).startsWith("Engine(h2, jdbc:h2:mem:").contains("password=***").doesNotContain("secret");

        String postgresUrl = TestEngines.postgres().getPayload();
        assertThat(postgresUrl).contains("?user=");
        Engine postgres = Engine.builder(postgresUrl).build();
        roundTrip(postgres);
        Engine masked = Engine.builder(postgresUrl + "&password=secret").build();
        assertThat(masked.toString()).startsWith("Engine(postgresql, jdbc:postgresql://").doesNotContain("secret");
    }

    @Test
    void h2CredentialsMayAlsoBeItsOwnSettings() {
        roundTrip(Engine.builder(TestEngines.h2().getPayload() + ";USER=sa;PASSWORD=secret").build());
    }

    @Test
    void aConnectionHasAutocommitOffAndKnowsItsEngine() throws Exception {
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).build();
        try (Connection connection = engine.connect()) {
            assertThat(connection.jdbc().getAutoCommit()).isFalse();
            assertThat(connection.engine()).isSameAs(engine);
        }
    }

    @Test
    void aRemovedListenerSeesNoMore() {
        Engine engine = Engine.builder(TestEngines.h2().getPayload()).build();
        TestEngines.Recorder first = new TestEngines.Recorder();
        TestEngines.Recorder second = new TestEngines.Recorder();
        engine.addListener(first);
        engine.addListener(second);
        metadata.createAll(engine);
        engine.removeListener(first);
        try (Connection connection = engine.connect()) {
            connection.execute(select(things));
        }
        assertThat(first.sql()).singleElement().asString().startsWith("CREATE TABLE things");
        assertThat(second.sql()).hasSize(2).last().isEqualTo("SELECT things.id AS things_id FROM things");
    }

    @Test
    void createAllRunsInOneTransaction() {
        Engine engine = Engine.builder(TestEngines.postgres().getPayload()).build();
        metadata.createAll(engine);
        TestEngines.Recorder recorder = new TestEngines.Recorder();
        engine.addListener(recorder);
        MetaData overlapping = new MetaData();
        Table first = overlapping.table("first", column("id", INTEGER).primaryKey());
        overlapping.table("things", column("id", INTEGER).primaryKey());
        assertThatThrownBy(() -> overlapping.createAll(engine, false)).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("things");
        assertThat(recorder.sql()).hasSize(2).first().asString().startsWith("CREATE TABLE first");
        try (Connection connection = engine.connect()) {
            assertThatThrownBy(() -> connection.execute(select(first)))
                    .as("the CREATE TABLE before the failure was rolled back")
                    .isInstanceOf(ProgrammingException.class);
        }
    }

    private void roundTrip(Engine engine) {
        metadata.createAll(engine);
        try (Connection connection = engine.connect()) {
            connection.execute(insert(things).values(Map.of("id", 1)));
            connection.commit();
            assertThat(connection.execute(select(things)).all()).extracting(r -> r.get(0)).isEqualTo(List.of(1));
        }
        metadata.dropAll(engine);
    }
}
