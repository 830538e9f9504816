package io.junction.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;

/** Where an engine's JDBC connections come from: {@link DriverManager} for a URL, or a {@link DataSource}. */
interface ConnectionSource {

    Connection open() throws SQLException;

    /** What this source connects to, for messages; never shows a password. */
    String description();

    /**
     * Connections to {@code jdbcUrl}. Credentials and other properties may ride in the URL's query
     * ({@code ?user=u&password=p}) for every database: PostgreSQL's driver reads the query itself,
     * and for other drivers (H2 would take it for part of the database name) the query is removed
     * from the URL and given as connection properties.
     */
    static ConnectionSource url(String jdbcUrl) {
        String shown = jdbcUrl.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
        int query = jdbcUrl.indexOf('?');
        boolean driverReadsQuery = jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
        String url = query < 0 || driverReadsQuery ? jdbcUrl : jdbcUrl.substring(0, query);
        Properties properties = query < 0 || driverReadsQuery ? new Properties() : properties(jdbcUrl.substring(query + 1));
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return DriverManager.getConnection(url, properties);
            }

            @Override
            public String description() {
                return shown;
            }
        };
    }

    private static Properties properties(String query) {
        Properties properties = new Properties();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            properties.setProperty(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static ConnectionSource dataSource(DataSource dataSource) {
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public String description() {
                return dataSource.toString();
            }
        };
    }
}
