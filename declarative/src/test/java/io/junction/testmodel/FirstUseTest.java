package io.junction.testmodel;

import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.testing.TestDatabases;
import io.junction.testmodel.loadonly.Item;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** A process whose first use of a base is a load: the session configures the base on demand. */
class FirstUseTest {

    @Test
    void aSessionGetConfiguresTheBaseOfAClassNotMappedYet() throws Exception {
        Engine engine = Engine.builder(TestDatabases.h2Url("first-use")).build();
        try (io.junction.engine.Connection connection = engine.connect()) {
            Connection jdbc = connection.jdbc();
            try (Statement statement = jdbc.createStatement()) {
                statement.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name VARCHAR(50))");
                statement.execute("INSERT INTO item (id, name) VALUES (1, 'first')");
            }
            if (!jdbc.getAutoCommit()) {
                jdbc.commit();
            }
        }
        try (Session session = new Session(engine)) {
            Item item = session.get(Item.class, 1);
            assertThat(item.name).isEqualTo("first");
        }
    }
}
