package vn.hoctap.portal.platform.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.hoctap.portal.platform.PortalClock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes sessions as an RFC 5545 calendar with the VTIMEZONE of Asia/Ho_Chi_Minh, so that
 * phones show 19:00 as 19:00. Each session keeps one UID for life; SEQUENCE grows with every
 * change, so a subscribed calendar updates the event instead of adding a second one.
 */
public final class IcsWriter {

    /** One event: a stable UID, what, where, when (local time in Vietnam), and whether it was called off. */
    public record Event(String uid, String summary, String description, String location,
                        LocalDateTime start, LocalDateTime end, boolean cancelled, int sequence) {
    }

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private IcsWriter() {
    }

    public static String write(String calendarName, List<Event> events, Instant stamp) {
        TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PortalClock.ZONE.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//hoctap.vn//Cong hoc tap cong dong//VI"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", PortalClock.ZONE.getId()));
        calendar.add(zone.getVTimeZone());
        for (Event event : events) {
            VEvent vevent = new VEvent(event.start().atZone(PortalClock.ZONE), event.end().atZone(PortalClock.ZONE),
                    event.summary());
            vevent.add(new Uid(event.uid()));
            vevent.replace(new DtStamp(stamp)); // the constructor stamped it with the clock already
            vevent.add(new Sequence(event.sequence()));
            vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (event.location() != null) {
                vevent.add(new Location(event.location()));
            }
            if (event.description() != null) {
                vevent.add(new Description(event.description()));
            }
            calendar.add(vevent);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar for " + calendarName + ": " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
