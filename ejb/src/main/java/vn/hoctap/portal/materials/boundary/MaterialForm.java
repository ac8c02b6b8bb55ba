package vn.hoctap.portal.materials.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.materials.entity.Level;
import vn.hoctap.portal.materials.entity.Licence;
import vn.hoctap.portal.materials.entity.MaterialFormat;

import java.time.LocalDate;
import java.util.Set;

/**
 * A material's description after Dublin Core, as a manager writes it. Every text is plain: no
 * markup. {@code link} and {@code linkKind} ({@code VIDEO} or {@code WEB_PAGE}) are given for a
 * link material only.
 *
 * @param centreId  the publishing centre; null publishes for the administrator's own district or city
 * @param subject   a subject code of {@code GET /api/subjects}
 * @param language  ISO 639-1 code, e.g. {@code vi}
 * @param published the material's date; empty takes the day it is first published
 */
public record MaterialForm(
        Long centreId,
        @NotBlank(message = "{material.title.required}") @Size(max = 300, message = "{material.title.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String title,
        @Size(max = 5000, message = "{material.description.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String description,
        @NotBlank(message = "{material.subject.required}") String subject,
        @NotEmpty(message = "{material.audiences.required}") Set<Audience> audiences,
        @NotNull(message = "{material.level.required}") Level level,
        @NotNull(message = "{material.language.invalid}") @Pattern(regexp = "^[a-z]{2}$", message = "{material.language.invalid}") String language,
        @NotNull(message = "{material.licence.required}") Licence licence,
        @Size(max = 200, message = "{material.author.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String author,
        LocalDate published,
        @Size(max = 1000, message = "{material.link.invalid}") String link,
        MaterialFormat linkKind) {

    public MaterialForm {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }
}
