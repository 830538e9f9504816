package io.junction.testing.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Core's SLF4J binding for tests ({@link TestLoggerProvider}): each logger's level can be changed
 * while the tests run, as a user changes a logging configuration, and every event logged is kept
 * for tests to read and written to the standard error stream in slf4j-simple's format. Loggers
 * take INFO and above, except {@code io.junction.sql}, which takes WARN unless a test says
 * otherwise, so that engines without {@code echo(...)} stay quiet.
 */
public final class TestLoggers {

    /** One event as logged: the logger's name, the level and the formatted message. */
    public record Event(String logger, Level level, String message) {
    }

    private static final Map<String, Level> LEVELS = new ConcurrentHashMap<>();
    private static final List<Event> EVENTS = new ArrayList<>();

    static {
        reset();
    }

    private TestLoggers() {
    }

    /** Sets the level of {@code logger} and the loggers below it (by name), as a logging configuration does. */
    public static void level(String logger, Level level) {
        LEVELS.put(logger, level);
    }

    /** Back to the default levels, and no events kept. */
    public static synchronized void reset() {
        LEVELS.clear();
        LEVELS.put("", Level.INFO);
        LEVELS.put("io.junction.sql", Level.WARN);
        EVENTS.clear();
    }

    /** The events logged to {@code logger} (not to loggers below it) since the last {@link #clear()}. */
    public static synchronized List<Event> events(String logger) {
        return EVENTS.stream().filter(e -> e.logger().equals(logger)).toList();
    }

    /** The messages logged to {@code logger}, each split into its lines. */
    public static List<String> lines(String logger) {
        List<String> lines = new ArrayList<>();
        for (Event event : events(logger)) {
            for (String line : event.message().split("\n")) {
                lines.add(line.stripTrailing());
            }
        }
        return lines;
    }

    public static synchronized void clear() {
        EVENTS.clear();
    }

    static boolean enabled(String logger, Level level) {
        String name = logger;
        while (true) {
            Level configured = LEVELS.get(name);
            if (configured != null) {
                return level.toInt() >= configured.toInt();
            }
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
    }

    private static synchronized void record(Event event) {
        EVENTS.add(event);
    }

    /** A logger of this binding. */
    static final class TestLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        TestLogger(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(name, Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(name, Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(name, Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(name, Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(name, Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(pattern, arguments);
            record(new Event(name, level, message));
            System.err.println("[" + Thread.currentThread().getName() + "] " + level + " " + name + " - " + message);
            if (throwable != null) {
                throwable.printStackTrace(System.err);
            }
        }
    }
}
