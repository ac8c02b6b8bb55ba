package vn.hoctap.portal.platform.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2026-11-22T01:00:00Z");

    private static IcsWriter.Event session(long id, int day, boolean cancelled, int sequence) {
        return new IcsWriter.Event("session-" + id + "@hoctap.vn", "Lớp xóa mù chữ giai đoạn 1",
                "Học đọc, viết; mang theo vở.", "Phòng học số 1, TTHTCĐ phường Bồ Đề",
                LocalDateTime.of(2026, 9, day, 19, 0), LocalDateTime.of(2026, 9, day, 21, 0), cancelled, sequence);
    }

    private static Calendar parsed(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void the_calendar_parses_back_with_its_timezone_and_one_event_per_session() throws Exception {
        String ics = IcsWriter.write("Lớp XMC1 – Bồ Đề", List.of(session(1, 8, false, 0), session(2, 10, false, 0)), STAMP);

        Calendar calendar = parsed(ics);
        assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").isEmpty();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Ho_Chi_Minh"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(ics).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20260908T190000", "DTEND;TZID=Asia/Ho_Chi_Minh:20260908T210000")
                .contains("\r\n");
    }

    @Test
    void seven_in_the_evening_in_vietnam_is_noon_utc() throws Exception {
        VEvent event = (VEvent) parsed(IcsWriter.write("x", List.of(session(1, 8, false, 0)), STAMP))
                .getComponents("VEVENT").get(0);
        ZonedDateTime start = ZonedDateTime.from(event.getStartDate().orElseThrow().getDate());

        assertThat(start.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 8, 12, 0));
    }

    @Test
    void uid_and_sequence_carry_changes_and_cancelled_sessions_are_marked() throws Exception {
        String ics = IcsWriter.write("x", List.of(session(7, 8, true, 3)), STAMP);
        VEvent event = (VEvent) parsed(ics).getComponents("VEVENT").get(0);

        assertThat(value(event, "UID")).isEqualTo("session-7@hoctap.vn");
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SUMMARY")).isEqualTo("Lớp xóa mù chữ giai đoạn 1");
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperties("DTSTAMP")).as("one DTSTAMP, the time the calendar was written")
                .singleElement().satisfies(stamp -> assertThat(stamp.getValue()).isEqualTo("20261122T010000Z"));
    }

    private static String value(VEvent event, String property) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void the_same_sessions_give_the_same_uids_every_time() {
        String first = IcsWriter.write("x", List.of(session(1, 8, false, 0)), STAMP);
        String again = IcsWriter.write("x", List.of(session(1, 8, false, 0)), STAMP);
        assertThat(first).isEqualTo(again).contains("UID:session-1@hoctap.vn");
    }
}
