package org.draftroom.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests, never a mock: Debian's {@code initdb} and {@code pg_ctl} put a cluster
 * into a temporary directory (its unix socket too) and start it on a free port of 127.0.0.1; one server a JVM,
 * started by the first test that asks, stopped and deleted at JVM exit. As root (CI) the server runs as user
 * {@code postgres}, which PostgreSQL requires. Each caller gets a database of its own ({@link #createDatabase}).
 * <p>
 * {@code @ExtendWith(PostgresServer.class)} starts it before a class's tests; the shared test context uses it
 * when {@link TestDatabase} says so. The cluster trades durability for speed ({@code fsync=off}): the tests are
 * about Draftroom's SQL, not PostgreSQL's crash safety.
 */
public final class PostgresServer implements BeforeAllCallback {
    public static final String USER = "draftroom";
    private static volatile PostgresServer running;

    private final Path dir;
    private final int port;
    private final AtomicInteger counter = new AtomicInteger();

    /** For {@code @ExtendWith}: the JVM's one server is started before the class's tests. */
    public PostgresServer() {
        this(null, 0);
    }

    private PostgresServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared();
    }

    /** The JVM's server, started on first use. */
    public static PostgresServer shared() {
        PostgresServer server = running;
        if (server != null) return server;
        synchronized (PostgresServer.class) {
            if (running == null) running = start();
            return running;
        }
    }

    /** A new empty database named {@code prefix} and a number, owned by {@link #USER}; its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + counter.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on port " + port, e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private static PostgresServer start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("draftroom-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            int port = freePort();
            Path data = dir.resolve("data");
            // C collation: text sorts by code point, as in H2 (the app's "order by id" must not depend on a locale)
            run(root, dir, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                    "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"));
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB";
            run(root, dir, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options,
                    "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"));
            PostgresServer server = new PostgresServer(dir, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(root, bin), "postgres-test-server-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    private void stop(boolean root, Path bin) {
        try {
            run(root, dir, List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (RuntimeException | IOException e) {
            System.err.println("could not stop the test PostgreSQL server in " + dir + ": " + e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    /** The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/VERSION/bin). */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+") && Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException(
                            "no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql package (./draftroom test does)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a PostgreSQL tool, as user postgres when we are root (PostgreSQL refuses to run as root). */
    private static void run(boolean root, Path dir, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        // output to a file, not a pipe: the server pg_ctl leaves running must not hold our end open
        Path out = dir.resolve("tools.log");
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + full);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + full, e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(full + " failed (" + p.exitValue() + "):\n" + Files.readString(out)
                    + (Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : ""));
        }
    }
}
