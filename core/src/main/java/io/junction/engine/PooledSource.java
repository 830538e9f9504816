package io.junction.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A HikariCP pool over a JDBC URL, the default source of {@code Engine.builder(url)}. The pool opens
 * connections on demand (never while the engine is built), with autocommit off; it checks a
 * connection that has been idle before handing it out and replaces it when the server has closed
 * it. A connection found dead while in use is evicted, together with every idle connection opened
 * before it — after a server restart they are all dead, as SQLAlchemy invalidates its whole pool
 * on a disconnect.
 */
final class PooledSource implements ConnectionSource {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HikariDataSource pool;
    private final String description;

    PooledSource(Target target, PoolSettings settings, IsolationLevel isolation) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("junction-" + POOLS.incrementAndGet());
        config.setJdbcUrl(target.url());
        config.setDataSourceProperties(target.properties());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(settings.size());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(settings.validationTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setKeepaliveTime(settings.keepalive().toMillis());
        config.setInitializationFailTimeout(-1);
        if (isolation != null) {
            config.setTransactionIsolation("TRANSACTION_" + isolation.name());
        }
        this.pool = new HikariDataSource(config);
        this.description = target.shown();
    }

    @Override
    public Connection open() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void discard(Connection connection) {
        pool.evictConnection(connection);
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void schemaChanged() {
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String description() {
        return description;
    }

    /** Connections the pool holds open, in use or idle. */
    int openConnections() {
        return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getTotalConnections();
    }
}
