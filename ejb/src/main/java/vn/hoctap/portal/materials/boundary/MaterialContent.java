package vn.hoctap.portal.materials.boundary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The materials of {@code content/}: the subjects reference list ({@code subjects.yaml}) and the
 * demo materials ({@code materials/materials.yaml}) with their files.
 */
public record MaterialContent(List<Subject> subjects, List<Item> materials) {

    public MaterialContent {
        subjects = List.copyOf(subjects);
        materials = List.copyOf(materials);
    }

    public record Subject(String code, String nameVi, String nameEn) {
    }

    /**
     * One material, loaded once under its key.
     *
     * @param centre    code of the publishing centre, or null
     * @param publisher when no centre: a unit's code or name, or the name of whoever published it for the city
     * @param file      the file (absolute), or null for a link
     * @param status    {@code PUBLISHED}, {@code DRAFT} or {@code WITHDRAWN}
     */
    public record Item(String key, String title, String description, String subject, List<String> audiences,
                       String level, String language, String licence, String author, String centre,
                       String publisher, LocalDate published, Path file, String link, String linkKind,
                       String status) {

        public Item {
            audiences = List.copyOf(audiences);
        }
    }
}
