package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * The index in a folder of its own: generations {@code gen-1}, {@code gen-2} … and a file
 * {@code CURRENT} naming the live one. A rebuild writes the next generation and then replaces
 * {@code CURRENT} with an atomic rename, so a crash during a rebuild leaves the old index live and
 * the unfinished generation is deleted at the next start. Lucene's own files are opened with
 * {@link FSDirectory#open} (memory-mapped on 64-bit JVMs), behind an {@link NRTCachingDirectory}:
 * each change refreshes the searcher, which flushes a segment of one document, and writing (and
 * mapping) a dozen tiny files per change would cost more than the change; such segments stay in
 * memory until a merge or a commit writes them.
 */
final class FolderIndexStore implements IndexStore {

    private static final Logger LOG = Logger.getLogger(FolderIndexStore.class.getName());
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";
    /** segments flushed by a refresh up to this size stay in memory until a merge or commit writes them */
    private static final double NRT_SEGMENT_MB = 4;
    private static final double NRT_CACHE_MB = 48;

    private final Path root;

    FolderIndexStore(Path root) {
        this.root = root;
    }

    @Override
    public Slot openLive() throws IOException {
        Files.createDirectories(root);
        Path pointer = root.resolve(CURRENT);
        String name = Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : "";
        if (!name.startsWith(PREFIX) || !Files.isDirectory(root.resolve(name))) {
            name = PREFIX + (highestGeneration() + 1);
            Files.createDirectories(root.resolve(name));
            point(name);
        }
        deleteGenerationsOtherThan(name);
        return open(name);
    }

    @Override
    public Slot clear(Slot live) throws IOException {
        live.directory().close();
        deleteTree(root.resolve(live.name()));
        Files.createDirectories(root.resolve(live.name()));
        return open(live.name());
    }

    @Override
    public Slot createFresh() throws IOException {
        String name = PREFIX + (highestGeneration() + 1);
        deleteTree(root.resolve(name));
        Files.createDirectories(root.resolve(name));
        return open(name);
    }

    @Override
    public void promote(Slot fresh) throws IOException {
        point(fresh.name());
    }

    @Override
    public void discard(Slot slot) throws IOException {
        slot.directory().close();
        deleteTree(root.resolve(slot.name()));
    }

    @Override
    public String describe() {
        return root.toString();
    }

    private Slot open(String name) throws IOException {
        return new Slot(name, new NRTCachingDirectory(FSDirectory.open(root.resolve(name)), NRT_SEGMENT_MB, NRT_CACHE_MB));
    }

    /** Writes the pointer beside and renames it over the old one: readers see the old or the new name. */
    private void point(String name) throws IOException {
        Path temporary = root.resolve(CURRENT + ".tmp");
        Files.writeString(temporary, name, StandardCharsets.UTF_8);
        Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private int highestGeneration() throws IOException {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path entry : entries) {
                try {
                    highest = Math.max(highest, Integer.parseInt(entry.getFileName().toString().substring(PREFIX.length())));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return highest;
    }

    private void deleteGenerationsOtherThan(String live) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(live)) {
                    LOG.info(() -> "Search index: deleting the unused generation " + entry);
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(FolderIndexStore::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
