package vn.hoctap.portal.events.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.calendar.IcsWriter;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's iCalendar entry, parsed back with ical4j as a calendar app would. */
class EventCardsTest {

    private static final Instant NOW = Instant.parse("2026-09-20T01:00:00Z");

    private static final AdministrativeUnit CITY = AdministrativeUnit.city("HN", "Hà Nội");
    private static final AdministrativeUnit DISTRICT = CITY.subUnit("HN-LB", "Long Biên");
    private static final AdministrativeUnit WARD = DISTRICT.subUnit("HN-LB-BD", "Bồ Đề");
    private static final LearningCentre CENTRE = new LearningCentre("TTHTCD-BD", "TTHTCĐ phường Bồ Đề", WARD, null, null, null);

    private static CommunityEvent talk() {
        return new CommunityEvent("LB26-BD-01", DISTRICT, CENTRE, new CommunityEvent.Details("Nói chuyện: đọc sách cùng con",
                "Chia sẻ cách đọc sách cùng trẻ nhỏ.", EventType.TALK, OrganiserKind.CENTRE, "TTHTCĐ phường Bồ Đề", WARD, null,
                "Nhà văn hóa tổ dân phố số 3", LocalDateTime.of(2026, 10, 1, 19, 0), LocalDateTime.of(2026, 10, 1, 21, 0),
                "Phụ huynh", 60, null), NOW);
    }

    private static VEvent entry(CommunityEvent event) throws Exception {
        Calendar calendar = parsed(IcsWriter.write("Sự kiện", EventCards.ics(List.of(event)), NOW));
        return (VEvent) calendar.getComponents("VEVENT").get(0);
    }

    private static Calendar parsed(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void the_feed_carries_the_vietnam_timezone_and_local_times() throws Exception {
        CommunityEvent event = talk();
        Calendar calendar = parsed(IcsWriter.write("Sự kiện", EventCards.ics(List.of(event)), NOW));

        assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").isEmpty();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Asia/Ho_Chi_Minh"));
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").get(0);
        ZonedDateTime start = ZonedDateTime.from(vevent.getStartDate().orElseThrow().getDate());
        assertThat(start.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 1, 12, 0));
        assertThat(vevent.getSummary().getValue()).isEqualTo("Nói chuyện: đọc sách cùng con");
        assertThat(vevent.getLocation().getValue()).isEqualTo("Nhà văn hóa tổ dân phố số 3");
    }

    @Test
    void the_uid_stays_while_the_sequence_grows_with_each_change() throws Exception {
        CommunityEvent event = talk();
        VEvent before = entry(event);

        event.reschedule(LocalDateTime.of(2026, 10, 2, 8, 0), LocalDateTime.of(2026, 10, 2, 10, 0), NOW);
        VEvent after = entry(event);

        assertThat(before.getUid().orElseThrow().getValue()).startsWith("event-").endsWith("@hoctap.vn")
                .isEqualTo(after.getUid().orElseThrow().getValue());
        assertThat(before.getSequence().getSequenceNo()).isZero();
        assertThat(after.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(ZonedDateTime.from(after.getStartDate().orElseThrow().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 10, 2, 8, 0));
        assertThat(after.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_cancelled_event_stays_in_the_feed_as_cancelled_with_a_new_sequence() throws Exception {
        CommunityEvent event = talk();
        String uid = entry(event).getUid().orElseThrow().getValue();

        event.cancel(NOW);
        VEvent cancelled = entry(event);

        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
    }

    @Test
    void two_events_never_share_a_uid() {
        assertThat(talk().uid()).isNotEqualTo(talk().uid());
    }
}
