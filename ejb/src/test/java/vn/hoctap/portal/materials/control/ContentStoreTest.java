package vn.hoctap.portal.materials.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.platform.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentStoreTest {

    @TempDir
    Path root;

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_file_is_kept_under_its_sha256_and_the_same_content_is_stored_once() throws Exception {
        ContentStore store = new ContentStore(root);
        var first = store.stage(bytes("Xóa mù chữ"), 1000);
        var second = store.stage(bytes("Xóa mù chữ"), 1000);

        assertThat(first.sha256()).isEqualTo(sha256("Xóa mù chữ"));
        assertThat(first.size()).isEqualTo("Xóa mù chữ".getBytes(StandardCharsets.UTF_8).length);
        assertThat(store.keep(first)).as("new content").isTrue();
        assertThat(store.keep(second)).as("the same content again").isFalse();

        Path kept = store.file(first.sha256());
        assertThat(kept).isEqualTo(root.resolve("files").resolve(first.sha256().substring(0, 2))
                .resolve(first.sha256().substring(2, 4)).resolve(first.sha256()));
        assertThat(Files.readString(kept)).isEqualTo("Xóa mù chữ");
        try (Stream<Path> staged = Files.list(root.resolve("staging"))) {
            assertThat(staged).as("nothing left in staging").isEmpty();
        }
    }

    @Test
    void a_file_above_the_limit_or_empty_is_refused_and_leaves_nothing() throws Exception {
        ContentStore store = new ContentStore(root);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 2 * 1024 * 1024))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.messageKey()).isEqualTo("material.file.tooLarge");
                            assertThat(error.arguments()).containsExactly(2L);
                        }));
        assertThatThrownBy(() -> store.stage(bytes(""), 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("material.file.empty"));
        try (Stream<Path> staged = Files.list(root.resolve("staging"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void only_a_sha256_or_a_staging_token_names_a_file_never_a_path() {
        ContentStore store = new ContentStore(root);
        assertThatThrownBy(() -> store.file("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.file("ABCDEF")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.staged("../files/x")).isEmpty();
        assertThat(store.staged("00000000-0000-0000-0000-000000000000")).as("no such upload").isEmpty();
    }

    @Test
    void a_staged_upload_is_found_again_by_its_token_until_purged() throws Exception {
        ContentStore store = new ContentStore(root);
        var staged = store.stage(bytes("Kỹ năng sống"), 1000);

        assertThat(store.staged(staged.token())).hasValueSatisfying(again -> {
            assertThat(again.sha256()).isEqualTo(staged.sha256());
            assertThat(again.size()).isEqualTo(staged.size());
        });
        assertThat(store.purgeStaging(Duration.ofHours(1))).as("too young").isZero();
        Files.setLastModifiedTime(staged.path(), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(store.purgeStaging(Duration.ofHours(1))).isOne();
        assertThat(store.staged(staged.token())).isEmpty();
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
