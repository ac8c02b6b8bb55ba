package vn.hoctap.portal.materials.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A version's extraction: queued → extracting (progress) → done or failed, once. */
class MaterialVersionTest {

    private static MaterialVersion version() {
        return Material.file(MaterialTest.metadata("Rửa tay"), Publisher.centre(MaterialTest.BO_DE), MaterialTest.pdf('a'),
                MaterialTest.MANAGER, MaterialTest.NOW).current();
    }

    @Test
    void progress_by_pages_then_done_at_100_percent() {
        MaterialVersion version = version();
        assertThat(version.percent()).isNull();
        assertThat(version.startExtraction()).isTrue();

        version.progress(3, 12, 4000);
        assertThat(version.percent()).isEqualTo(25);
        version.progress(15, 12, 9000);
        assertThat(version.pagesDone()).as("never past the last page").isEqualTo(12);

        version.extracted(9500, false, 12, MaterialTest.NOW);
        assertThat(version.extraction()).isEqualTo(ExtractionStatus.DONE);
        assertThat(version.percent()).isEqualTo(100);
        assertThat(version.startExtraction()).as("done once").isFalse();
        assertThatThrownBy(() -> version.failed(ExtractionFailure.TIMEOUT, MaterialTest.NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_pages_progress_is_in_characters_and_a_failure_keeps_its_reason() {
        MaterialVersion version = version();
        version.startExtraction();
        version.progress(null, null, 1200);
        assertThat(version.percent()).isNull();
        assertThat(version.characters()).isEqualTo(1200);

        version.failed(ExtractionFailure.ENCRYPTED, MaterialTest.NOW);
        assertThat(version.extraction()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(version.failure()).isEqualTo(ExtractionFailure.ENCRYPTED);
    }

    @Test
    void an_interrupted_extraction_starts_again_from_nothing() {
        MaterialVersion version = version();
        version.startExtraction();
        version.progress(5, 10, 100);
        assertThat(version.startExtraction()).as("after a restart").isTrue();
        assertThat(version.pagesDone()).isNull();
        assertThat(version.characters()).isZero();
    }
}
