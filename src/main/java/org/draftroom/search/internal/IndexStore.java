package org.draftroom.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder: generations {@code gen-<n>} and a {@code CURRENT} file naming the one being served. A rebuild
 * writes a fresh generation and then replaces {@code CURRENT} with an atomic rename, so a crash mid-build leaves
 * the previous state in place and a half-built generation is never served (it is deleted at the next start).
 */
final class IndexStore {
    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String CURRENT = "CURRENT";
    private final Path root;

    IndexStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * The generation to serve, if it exists, passes CheckIndex and was built with this schema version; else empty
     * with the reason logged.
     */
    Optional<Path> healthyCurrent(StringBuilder reason) {
        try {
            moveAsideIfNotAFolder(reason);
            Path pointer = root.resolve(CURRENT);
            if (!Files.exists(pointer)) {
                reason.append("no index yet");
                return Optional.empty();
            }
            Path current = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            if (!Files.isDirectory(current)) {
                reason.append("index folder ").append(current.getFileName()).append(" is missing");
                return Optional.empty();
            }
            int version = Generation.committedSchemaVersion(current);
            if (version != Schema.VERSION) {
                reason.append("index has schema version ").append(version).append(", need ").append(Schema.VERSION);
                return Optional.empty();
            }
            try (Directory dir = FSDirectory.open(current); CheckIndex check = new CheckIndex(dir)) {
                check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                CheckIndex.Status status = check.checkIndex();
                if (!status.clean) {
                    reason.append("index is corrupt (CheckIndex)");
                    return Optional.empty();
                }
            }
            return Optional.of(current);
        } catch (IOException | RuntimeException e) {
            log.warn("search index cannot be opened", e);
            reason.append("index cannot be opened: ").append(e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Something that is not a folder where the index belongs (a stray file, a dangling link) would fail every
     * build: it is moved aside, named in the log and the reason, and the index is rebuilt in its place. When even
     * that is impossible the IOException says so, and the build's failure status carries it.
     */
    void moveAsideIfNotAFolder(StringBuilder reason) throws IOException {
        if (Files.isDirectory(root) || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Path aside = root.resolveSibling(root.getFileName() + ".unusable-" + System.currentTimeMillis());
        try {
            Files.move(root, aside, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new IOException("search index path " + root + " is not a folder and cannot be moved aside: " + e, e);
        }
        log.error("search index path {} was not a folder; moved it aside to {} and rebuilding the index there", root, aside);
        reason.append("index path was not a folder (moved aside to ").append(aside.getFileName()).append("); ");
    }

    /** A fresh, empty folder for a new generation. */
    Path newGeneration() throws IOException {
        moveAsideIfNotAFolder(new StringBuilder());
        Files.createDirectories(root);
        Path path = root.resolve("gen-" + System.currentTimeMillis());
        while (Files.exists(path)) path = root.resolve(path.getFileName() + "x");
        Files.createDirectories(path);
        return path;
    }

    /** Makes the generation the one served from now on (atomic rename of the pointer). */
    void makeCurrent(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes every generation except the one given (leftovers of crashed builds and replaced indexes). */
    void deleteAllBut(Path keep) {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .filter(p -> keep == null || !p.equals(keep))
                    .forEach(IndexStore::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("could not delete {}", p, e);
                }
            });
        } catch (IOException e) {
            log.warn("could not delete {}", path, e);
        }
    }
}
