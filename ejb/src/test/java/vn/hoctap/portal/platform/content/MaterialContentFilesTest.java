package vn.hoctap.portal.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaterialContentFilesTest {

    @TempDir
    Path folder;

    private void write(String subjects, String materials) throws IOException {
        Files.writeString(folder.resolve("subjects.yaml"), subjects);
        Files.createDirectories(folder.resolve("materials/files"));
        Files.writeString(folder.resolve("materials/files/rua-tay.txt"), "Rửa tay với xà phòng.");
        Files.writeString(folder.resolve("materials/materials.yaml"), materials);
    }

    private static final String SUBJECTS = """
            subjects:
              - code: HEALTH
                nameVi: Sức khỏe
                nameEn: Health
            """;

    @Test
    void subjects_and_materials_are_read_with_their_files_and_defaults() throws IOException {
        write(SUBJECTS, """
                materials:
                  - key: rua-tay
                    title: Rửa tay đúng cách
                    subject: HEALTH
                    audiences: [ADULTS, PARENTS]
                    level: BASIC
                    language: vi
                    licence: CC_BY
                    centre: TTHTCD-BD
                    published: 2025-03-10
                    file: files/rua-tay.txt
                  - key: video-rua-tay
                    title: Video rửa tay
                    subject: HEALTH
                    audiences: [ALL]
                    level: BASIC
                    language: vi
                    licence: CC_BY_SA
                    publisher: Quận Long Biên
                    link: https://video.example.vn/rua-tay
                    linkKind: VIDEO
                    status: WITHDRAWN
                """);
        var content = new MaterialContentFiles(folder).materials();

        assertThat(content.subjects()).singleElement().satisfies(s -> assertThat(s.nameVi()).isEqualTo("Sức khỏe"));
        assertThat(content.materials()).hasSize(2);
        var file = content.materials().get(0);
        assertThat(file.file()).isEqualTo(folder.resolve("materials/files/rua-tay.txt").toAbsolutePath().normalize());
        assertThat(file.status()).isEqualTo("PUBLISHED");
        assertThat(file.published()).hasToString("2025-03-10");
        var link = content.materials().get(1);
        assertThat(link.file()).isNull();
        assertThat(link.linkKind()).isEqualTo("VIDEO");
        assertThat(link.publisher()).isEqualTo("Quận Long Biên");
        assertThat(link.status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_file_outside_the_folder_a_wrong_code_and_an_unknown_field_are_named() throws IOException {
        String base = """
                materials:
                  - key: x
                    title: X
                    subject: HEALTH
                    audiences: [ADULTS]
                    level: BASIC
                    language: vi
                    licence: CC_BY
                    centre: TTHTCD-BD
                """;
        write(SUBJECTS, base + "    file: ../../subjects.yaml\n");
        assertThatThrownBy(() -> new MaterialContentFiles(folder).materials()).hasMessageContaining("must stay within");
        write(SUBJECTS, base.replace("[ADULTS]", "[GRANDPARENTS]") + "    file: files/rua-tay.txt\n");
        assertThatThrownBy(() -> new MaterialContentFiles(folder).materials()).hasMessageContaining("material x")
                .hasMessageContaining("'audiences'");
        write(SUBJECTS, base + "    file: files/rua-tay.txt\n    colour: red\n");
        assertThatThrownBy(() -> new MaterialContentFiles(folder).materials()).hasMessageContaining("unknown field 'colour'");
    }

    @Test
    void without_a_materials_file_only_the_subjects_are_read() throws IOException {
        Files.writeString(folder.resolve("subjects.yaml"), SUBJECTS);
        var content = new MaterialContentFiles(folder).materials();
        assertThat(content.subjects()).hasSize(1);
        assertThat(content.materials()).isEmpty();
    }

    @Test
    void the_demo_corpus_reads_whole_every_file_there_and_every_subject_known() {
        var content = new MaterialContentFiles(Path.of("../content")).materials();
        var subjects = content.subjects().stream().map(s -> s.code()).toList();
        assertThat(subjects).contains("LITERACY", "HEALTH", "LAW", "AGRICULTURE", "DIGITAL_SKILLS", "LIFE_SKILLS",
                "LANGUAGES", "READING_CULTURE", "VOCATIONAL", "ENVIRONMENT", "LIFELONG_LEARNING", "OTHER");
        assertThat(content.materials()).isNotEmpty().allSatisfy(item -> {
            assertThat(subjects).contains(item.subject());
            assertThat(item.centre() != null || item.publisher() != null).as(item.key() + " has a publisher").isTrue();
        });
    }
}
