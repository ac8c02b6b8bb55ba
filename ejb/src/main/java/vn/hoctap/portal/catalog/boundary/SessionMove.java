package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Where a manager moves a session to, whether the venue may be shared, and why. */
public record SessionMove(
        @NotNull(message = "{session.start.required}") LocalDateTime start,
        @NotNull(message = "{session.end.required}") LocalDateTime end,
        boolean acceptVenueSharing,
        @Size(max = 500, message = "{schedule.reason.tooLong}") String reason) {
}
