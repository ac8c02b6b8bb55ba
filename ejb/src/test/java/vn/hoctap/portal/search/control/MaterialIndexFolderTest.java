package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.portal.search.control.TestMaterials.material;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.boundary.MaterialQuery;

/** The index in a folder: what survives a restart, what damage does, how a rebuild swaps. */
class MaterialIndexFolderTest {

    @TempDir
    Path folder;

    private static final MaterialIndex.Options AT_ONCE = MaterialIndex.Options.DEFAULT.withCommitDelay(Duration.ZERO);

    private MaterialIndex filled(int count) {
        MaterialIndex index = MaterialIndex.open(folder, AT_ONCE);
        IntStream.rangeClosed(1, count).forEach(i -> index.put(material(i, "Học liệu số " + i, "", "Nội dung " + i), i));
        return index;
    }

    @Test
    void aMissingFolderOpensEmptyAndAsksForARebuild() {
        try (MaterialIndex index = MaterialIndex.open(folder.resolve("not/yet"))) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.rebuildReason()).hasValueSatisfying(reason -> assertThat(reason).contains("empty"));
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void aRestartKeepsTheIndexAndTheCommittedStamp() {
        try (MaterialIndex index = filled(3)) {
            index.rebuild(List.of(material(1, "Học liệu số 1", "", ""), material(2, "Học liệu số 2", "", "")).iterator(),
                    2, 5, MaterialIndex.RebuildProgress.NONE);
            index.put(material(7, "Bản tin phường", "", ""), 7);
            index.remove(2, 8);
        }
        try (MaterialIndex reopened = MaterialIndex.open(folder, AT_ONCE)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.committedStamp()).isEqualTo(8);
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.search(MaterialQuery.of("ban tin")).hits()).extracting(h -> h.id()).containsExactly(7L);
        }
    }

    @Test
    void delayedCommitsReachTheDiskAtCloseAtTheLatest() {
        try (MaterialIndex index = MaterialIndex.open(folder, AT_ONCE.withCommitDelay(Duration.ofMinutes(5)))) {
            index.put(material(1, "Chưa ghi", "", ""), 11);
            assertThat(index.committedStamp()).isLessThan(11);
            assertThat(index.search(MaterialQuery.of("chua ghi")).total()).isEqualTo(1);
        }
        try (MaterialIndex reopened = MaterialIndex.open(folder, AT_ONCE)) {
            assertThat(reopened.committedStamp()).isEqualTo(11);
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedSegmentFileIsDetectedTheFolderClearedAndARebuildAsked() throws IOException {
        filled(20).close();
        Path segmentFile = largestIndexFile();
        try (RandomAccessFile file = new RandomAccessFile(segmentFile.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xff);
        }
        assertClearedOnOpen();
    }

    @Test
    void aMissingSegmentFileIsDetectedTheFolderClearedAndARebuildAsked() throws IOException {
        filled(20).close();
        Files.delete(largestIndexFile());
        assertClearedOnOpen();
    }

    @Test
    void aTruncatedCommitPointIsDetectedTheFolderClearedAndARebuildAsked() throws IOException {
        filled(5).close();
        Path segments;
        try (Stream<Path> files = Files.walk(folder)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        assertClearedOnOpen();
    }

    private void assertClearedOnOpen() {
        try (MaterialIndex reopened = MaterialIndex.open(folder, AT_ONCE)) {
            assertThat(reopened.needsRebuild()).isTrue();
            assertThat(reopened.rebuildReason()).hasValueSatisfying(reason -> assertThat(reason).contains("unreadable"));
            assertThat(reopened.size()).isZero();
            reopened.put(material(1, "Sau khi xóa", "", ""));
            assertThat(reopened.search(MaterialQuery.of("sau khi xoa")).total()).isEqualTo(1);
        }
    }

    private Path largestIndexFile() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("segments_"))
                    .filter(p -> !p.getFileName().toString().equals("CURRENT"))
                    .filter(p -> !p.getFileName().toString().endsWith(".lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
    }

    @Test
    void aRebuildSwapsAtomicallyWhileSearchesAndChangesGoOn() throws InterruptedException, IOException {
        try (MaterialIndex index = filled(50)) {
            CountDownLatch halfway = new CountDownLatch(1);
            CountDownLatch changed = new CountDownLatch(1);
            List<Long> totals = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean searching = new AtomicBoolean(true);
            Thread searcher = new Thread(() -> {
                while (searching.get()) {
                    totals.add(index.search(MaterialQuery.of("hoc lieu")).total());
                }
            });
            searcher.start();
            Iterator<MaterialDocument> all = new Iterator<>() {
                private int next = 1;

                @Override
                public boolean hasNext() {
                    if (next == 40) {
                        halfway.countDown();
                        await(changed);
                    }
                    return next <= 80;
                }

                @Override
                public MaterialDocument next() {
                    int id = next++;
                    return material(id, "Học liệu số " + id, "", "");
                }
            };
            Thread rebuild = new Thread(() -> index.rebuild(all, 80, 100, MaterialIndex.RebuildProgress.NONE));
            rebuild.start();
            halfway.await();
            // while the rebuild runs: searches see the old index; changes apply to it and are kept for the new one
            assertThat(index.search(MaterialQuery.of("hoc lieu")).total()).isEqualTo(50);
            index.put(material(500, "Học liệu mới trong khi dựng lại", "", ""), 101);
            index.remove(3, 102);
            index.remove(70, 103);
            assertThat(index.search(MaterialQuery.of("hoc lieu")).total()).isEqualTo(50);
            changed.countDown();
            rebuild.join();
            searching.set(false);
            searcher.join();

            // 80 rebuilt + 1 added meanwhile - 2 removed meanwhile
            assertThat(index.search(MaterialQuery.of("hoc lieu")).total()).isEqualTo(79);
            assertThat(index.search(MaterialQuery.of("dung lai")).total()).isEqualTo(1);
            assertThat(index.committedStamp()).isEqualTo(103);
            // every search saw the old index or the new one, never a missing or half-built one
            assertThat(totals).isNotEmpty().allMatch(t -> t == 50 || t == 51 || t == 49 || t == 79);
        }
        try (Stream<Path> generations = Files.list(folder)) {
            assertThat(generations.filter(Files::isDirectory).count()).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
