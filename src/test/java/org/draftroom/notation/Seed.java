package org.draftroom.notation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed texts under /work/shared/seed (or -Ddraftroom.seed-dir). */
final class Seed {
    private Seed() {
    }

    static Path dir() {
        String configured = System.getProperty("draftroom.seed-dir");
        if (configured != null) return Path.of(configured);
        for (Path p : new Path[]{Path.of("../shared/seed"), Path.of("/work/shared/seed")}) {
            if (Files.isDirectory(p)) return p;
        }
        throw new IllegalStateException("seed directory not found; set -Ddraftroom.seed-dir");
    }

    static String read(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tor() {
        return read("tor-external-offices.zh.txt");
    }
}
