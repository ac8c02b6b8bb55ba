package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new class of a course: a teacher of the centre or a guest speaker, a venue, seats, dates. */
public record ClassForm(
        Long teacherId,
        @Size(max = 200, message = "{class.guestSpeaker.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String guestSpeaker,
        @NotNull(message = "{class.venue.required}") Long venueId,
        int capacity,
        @NotNull(message = "{class.startDate.required}") LocalDate startDate,
        @NotNull(message = "{class.endDate.required}") LocalDate endDate) {
}
