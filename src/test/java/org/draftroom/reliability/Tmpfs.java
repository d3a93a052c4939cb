package org.draftroom.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted on a directory: a disk that really fills up, for the disk-full test. Mounting needs root
 * (or CAP_SYS_ADMIN), which this machine and CI have; without it the test fails saying so rather than skipping.
 */
final class Tmpfs implements AutoCloseable {
    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    static Tmpfs mount(Path dir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String said = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString());
        if (said != null) {
            throw new IllegalStateException("the disk-full test needs a " + megabytes + " MB tmpfs on " + dir
                    + ": run it as root (or with CAP_SYS_ADMIN). mount said: " + said);
        }
        return new Tmpfs(dir);
    }

    /** Fills the file system with one file until the disk refuses more; returns the bytes written. */
    static long fill(Path file) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        long written = 0;
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(megabyte);
                written += megabyte.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) throw full;
            return written;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // lazily when something still holds a file there (a process that has not quite died yet)
        if (run("umount", dir.toString()) != null) run("umount", "-l", dir.toString());
    }

    /** Runs a command; null when it succeeded, else what it printed and its exit code. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.exitValue() == 0 ? null : out + " (exit " + p.exitValue() + ")";
    }
}
