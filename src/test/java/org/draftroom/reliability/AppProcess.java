package org.draftroom.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.draftroom.testkit.TestDatabase;

/**
 * Draftroom as a separate operating-system process, for tests that must kill it like a power cut does.
 * Runs the packaged jar named by the system property {@code draftroom.packaged-jar} (the bench profile sets
 * it after packaging), otherwise the same main classes and libraries from this test's classpath. On PostgreSQL
 * ({@link TestDatabase}) each data directory has its database, kept across restarts on that directory.
 */
public final class AppProcess implements AutoCloseable {
    public final int port;
    public final Path dataDir;
    private final Path log;
    private Process process;

    public AppProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-app.log");
    }

    /** Starts the app and waits until it serves the login page. Returns the start-up time in ms. */
    public long start() throws Exception {
        List<String> cmd = command();
        long t0 = System.nanoTime();
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("app exited at start, see " + log);
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1_000_000;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("app did not start within 180 s, see " + log);
    }

    /**
     * Waits until readiness is UP: the application runners (demo accounts, seed) have finished, which they do after
     * the login page is already served, and the database takes writes. A first request made before then may find no
     * accounts yet (CrashRecoveryIT on PostgreSQL did: 401).
     */
    public void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("app exited, see " + log);
            var r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("app not ready within 180 s, see " + log);
    }

    /** Runs the app with extra arguments (a one-shot command such as the audit check) and returns its exit code. */
    public int runToExit(String... arguments) throws Exception {
        List<String> cmd = command();
        cmd.addAll(List.of(arguments));
        Process once = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!once.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            once.destroyForcibly();
            throw new IllegalStateException("app did not exit within 180 s, see " + log);
        }
        return once.exitValue();
    }

    /** The log the app processes of this data directory write to. */
    public Path log() {
        return log;
    }

    private List<String> command() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx768m");
        String jar = System.getProperty("draftroom.packaged-jar");
        if (jar != null && Files.exists(Path.of(jar))) {
            cmd.addAll(List.of("-jar", jar));
        } else {
            cmd.addAll(List.of("-cp", runtimeClasspath(), "org.draftroom.DraftroomApplication"));
        }
        cmd.addAll(List.of("--server.port=" + port, "--draftroom.data-dir=" + dataDir, "--spring.profiles.active=demo",
                "--vaadin.launch-browser=false", "--logging.level.root=WARN"));
        cmd.addAll(TestDatabase.ownAppArguments(dataDir));
        // e.g. -Ddraftroom.app-args=--logging.level.org.draftroom.room.ui.RoomDesk=DEBUG to see where time goes
        String extra = System.getProperty("draftroom.app-args", "").trim();
        if (!extra.isEmpty()) cmd.addAll(List.of(extra.split("\\s+")));
        return cmd;
    }

    /** SIGKILL: no shutdown hooks, no flushing, like pulling the plug on the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) kill();
    }

    private static String runtimeClasspath() {
        // drop test-only directories: the app must start from what it ships
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith("test-classes")) continue;
            if (!cp.isEmpty()) cp.append(File.pathSeparator);
            cp.append(entry);
        }
        return cp.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
