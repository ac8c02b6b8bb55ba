package vn.hoctap.portal.catalog.boundary;

import java.time.LocalDate;
import java.time.LocalTime;

/** A class as the catalog lists it. {@code weekdays} is the stored pattern "|TUESDAY|THURSDAY|". */
public record ClassCard(long classId, long courseId, String title, String summary,
                        String programmeVi, String programmeEn, String centre, String ward, String venue,
                        String teacher, String guestSpeaker, LocalDate startDate, LocalDate endDate,
                        String weekdays, LocalTime usualStart, LocalTime usualEnd, int capacity, int seatsLeft,
                        long fee) {
}
