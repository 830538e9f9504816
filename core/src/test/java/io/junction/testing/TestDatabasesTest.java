package io.junction.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void freshPostgresDatabaseStoresAndReturnsARow() throws SQLException {
        PostgresServer server = TestDatabases.postgres();
        String url = server.freshDatabaseUrl();

        assertThat(url).startsWith("jdbc:postgresql://").contains("/junction_test_");
        assertThat(TestDatabases.postgres()).isSameAs(server);
        assertWritesAndReadsBack(url);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_database(), version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(url).contains("/" + rs.getString(1));
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }

    @Test
    void eachFreshPostgresDatabaseStartsEmpty() throws SQLException {
        String first = TestDatabases.postgres().freshDatabaseUrl();
        String second = TestDatabases.postgres().freshDatabaseUrl();
        assertThat(second).isNotEqualTo(first);

        assertWritesAndReadsBack(first);
        // The same table name is free in the second database: it shares nothing with the first.
        assertWritesAndReadsBack(second);
    }

    @Test
    void h2DatabaseStoresAndReturnsARow() throws SQLException {
        String url = TestDatabases.h2Url("testdatabases");

        assertThat(url).startsWith("jdbc:h2:mem:testdatabases-").endsWith(";DB_CLOSE_DELAY=-1");
        assertThat(TestDatabases.h2Url("testdatabases")).isNotEqualTo(url);
        assertWritesAndReadsBack(url);
    }

    @Test
    void freshDatabaseUrlKeepsHostsAndQueryParameters() {
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=x", "db1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/db1?user=postgres&password=x");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://h1:5432,h2:5433/?user=u", "db1"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db1?user=u");
        assertThat(PostgresUrl.withDatabase("jdbc:postgresql://localhost", "db1"))
                .isEqualTo("jdbc:postgresql://localhost/db1");
        assertThat(PostgresUrl.withoutPassword("jdbc:postgresql://h/d?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/d?user=u&password=***&ssl=true");
    }

    /** Creates a table, inserts a row and reads it back over plain JDBC. */
    private static void assertWritesAndReadsBack(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (id, name) VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "Ada");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT id, name FROM person")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt("id")).isEqualTo(1);
                assertThat(rs.getString("name")).isEqualTo("Ada");
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
