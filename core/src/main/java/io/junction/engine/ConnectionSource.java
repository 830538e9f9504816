package io.junction.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where an engine's JDBC connections come from: {@link DriverManager} for a URL, a pool over that
 * URL ({@link PooledSource}), or a {@link DataSource} of the user's.
 */
interface ConnectionSource {

    Connection open() throws SQLException;

    /** Gives back a connection that is still usable: closes it, which returns a pooled one to its pool. */
    default void release(Connection connection) throws SQLException {
        connection.close();
    }

    /** Gives back a connection found dead, so that it is never handed out again. */
    default void discard(Connection connection) throws SQLException {
        connection.close();
    }

    /**
     * After DDL through the engine: a pool replaces its connections (idle ones now, those in use
     * when they come back), since PostgreSQL's server-side prepared statements on them may describe
     * the dropped tables and types ("cached plan must not change result type").
     */
    default void schemaChanged() {
    }

    /** Closes what the source owns (a pool's connections); a source over the user's data source owns nothing. */
    default void close() {
    }

    /** What this source connects to, for messages; never shows a password. */
    String description();

    /**
     * Connections to {@code jdbcUrl}, one new physical connection each. Credentials and other
     * properties may ride in the URL's query ({@code ?user=u&password=p}) for every database, as
     * {@link Target#of} splits them.
     */
    static ConnectionSource url(String jdbcUrl) {
        Target target = Target.of(jdbcUrl);
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return DriverManager.getConnection(target.url(), target.properties());
            }

            @Override
            public String description() {
                return target.shown();
            }
        };
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

    /**
     * A JDBC URL as the driver is given it: PostgreSQL's driver reads the URL's query itself; for
     * other drivers (H2 would take it for part of the database name) the query is removed from the
     * URL and given as connection properties. {@code shown} is the URL with any password masked.
     */
    record Target(String url, Properties properties, String shown) {

        static Target of(String jdbcUrl) {
            String shown = jdbcUrl.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
            int query = jdbcUrl.indexOf('?');
            boolean driverReadsQuery = jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
            String url = query < 0 || driverReadsQuery ? jdbcUrl : jdbcUrl.substring(0, query);
            Properties properties = query < 0 || driverReadsQuery ? new Properties() : parse(jdbcUrl.substring(query + 1));
            return new Target(url, properties, shown);
        }

        private static Properties parse(String query) {
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
    }
}
