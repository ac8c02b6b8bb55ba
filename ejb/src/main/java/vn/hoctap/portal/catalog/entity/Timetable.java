package vn.hoctap.portal.catalog.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The sessions already booked around a planned one, and the rule that decides clashes: a
 * planned session clashes with every booked session that overlaps it in time and shares its
 * venue or its teacher. Guest speakers are not tracked across classes and never clash.
 */
public final class Timetable {

    /** A booked session as the rule needs it: which class, where, who, when. */
    public record Booking(String classLabel, Long venueId, Long teacherId, TimeSlot slot) {
    }

    private final List<Booking> booked;

    public Timetable(Collection<Booking> booked) {
        this.booked = List.copyOf(booked);
    }

    /** The clashes of a session of this class, in its venue with its teacher (none for a guest speaker). */
    public List<Clash> clashesOf(ClassOffering offering, TimeSlot planned) {
        return clashesOf(offering.venue().id(), offering.teacher() == null ? null : offering.teacher().id(), planned);
    }

    public List<Clash> clashesOf(Long venueId, Long teacherId, TimeSlot planned) {
        List<Clash> clashes = new ArrayList<>();
        for (Booking booking : booked) {
            if (!booking.slot().overlaps(planned)) {
                continue;
            }
            if (teacherId != null && Objects.equals(teacherId, booking.teacherId())) {
                clashes.add(new Clash(Clash.Kind.TEACHER, planned, booking.classLabel(), booking.slot()));
            }
            if (venueId != null && Objects.equals(venueId, booking.venueId())) {
                clashes.add(new Clash(Clash.Kind.VENUE, planned, booking.classLabel(), booking.slot()));
            }
        }
        return clashes;
    }

    /**
     * The clashes that stop a plan: all teacher clashes, and venue clashes unless the manager
     * accepted sharing the venue.
     */
    public static List<Clash> blocking(List<Clash> clashes, boolean venueSharingAccepted) {
        return clashes.stream().filter(c -> !(venueSharingAccepted && c.overridable())).toList();
    }
}
