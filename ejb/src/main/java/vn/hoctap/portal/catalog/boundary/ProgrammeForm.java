package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A programme an administrator adds to the reference list: a code, its names, whether it teaches literacy. */
public record ProgrammeForm(
        @NotBlank(message = "{programme.code.required}")
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "{programme.code.format}") String code,
        @NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{programme.name.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String nameVi,
        @NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{programme.name.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String nameEn,
        boolean literacy) {
}
