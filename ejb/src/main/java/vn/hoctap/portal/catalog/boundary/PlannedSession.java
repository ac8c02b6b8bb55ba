package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDateTime;

/** One session to add to a class, and whether the venue may be shared with a class already there. */
public record PlannedSession(
        @NotNull(message = "{session.start.required}") LocalDateTime start,
        @NotNull(message = "{session.end.required}") LocalDateTime end,
        boolean acceptVenueSharing) {
}
