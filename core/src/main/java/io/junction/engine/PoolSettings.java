package io.junction.engine;

import java.time.Duration;

/**
 * How a pooled engine keeps its connections (HikariCP underneath): at most {@code size} open, at
 * least {@code minimumIdle} kept idle; a caller waits {@code connectionTimeout} for one; a
 * connection idle longer than HikariCP's half-second window is checked with JDBC's
 * {@code isValid} (waiting at most {@code validationTimeout}) before it is handed out, and
 * replaced when dead; idle ones beyond the minimum close after {@code idleTimeout}, every one is
 * replaced after {@code maxLifetime}, and {@code keepalive} (zero: off) pings idle ones.
 */
record PoolSettings(int size, int minimumIdle, Duration connectionTimeout, Duration validationTimeout,
                    Duration idleTimeout, Duration maxLifetime, Duration keepalive) {

    static final PoolSettings DEFAULT = new PoolSettings(10, 0, Duration.ofSeconds(30), Duration.ofSeconds(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ZERO);

    PoolSettings {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, not " + size);
        }
        if (minimumIdle < 0 || minimumIdle > size) {
            throw new IllegalArgumentException("minimum idle connections must be between 0 and the pool size ("
                    + size + "), not " + minimumIdle);
        }
    }

    PoolSettings withSize(int value) {
        return new PoolSettings(value, Math.min(minimumIdle, value), connectionTimeout, validationTimeout,
                idleTimeout, maxLifetime, keepalive);
    }

    PoolSettings withMinimumIdle(int value) {
        return new PoolSettings(size, value, connectionTimeout, validationTimeout, idleTimeout, maxLifetime, keepalive);
    }

    PoolSettings withConnectionTimeout(Duration value) {
        return new PoolSettings(size, minimumIdle, value, validationTimeout, idleTimeout, maxLifetime, keepalive);
    }

    PoolSettings withValidationTimeout(Duration value) {
        return new PoolSettings(size, minimumIdle, connectionTimeout, value, idleTimeout, maxLifetime, keepalive);
    }

    PoolSettings withIdleTimeout(Duration value) {
        return new PoolSettings(size, minimumIdle, connectionTimeout, validationTimeout, value, maxLifetime, keepalive);
    }

    PoolSettings withMaxLifetime(Duration value) {
        return new PoolSettings(size, minimumIdle, connectionTimeout, validationTimeout, idleTimeout, value, keepalive);
    }

    PoolSettings withKeepalive(Duration value) {
        return new PoolSettings(size, minimumIdle, connectionTimeout, validationTimeout, idleTimeout, maxLifetime, value);
    }
}
