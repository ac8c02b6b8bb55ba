package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.catalog.entity.VenueKind;

/** A place where a centre holds classes: one of its rooms or an outside place such as a cultural house. */
public record VenueForm(
        @NotBlank(message = "{venue.name.required}") @Size(max = 200, message = "{venue.name.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String name,
        @NotNull(message = "{venue.kind.required}") VenueKind kind,
        @Min(value = 1, message = "{venue.capacity.positive}") @Max(value = 5000, message = "{venue.capacity.tooLarge}") int capacity,
        @Size(max = 300, message = "{venue.address.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String address) {
}
