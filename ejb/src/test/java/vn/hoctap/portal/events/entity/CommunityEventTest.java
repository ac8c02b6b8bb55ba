package vn.hoctap.portal.events.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommunityEventTest {

    private static final Instant NOW = Instant.parse("2026-09-20T01:00:00Z");
    private static final AdministrativeUnit CITY = AdministrativeUnit.city("HN", "Hà Nội");
    private static final AdministrativeUnit DISTRICT = CITY.subUnit("HN-LB", "Long Biên");
    private static final AdministrativeUnit OTHER_DISTRICT = CITY.subUnit("HN-GL", "Gia Lâm");
    private static final AdministrativeUnit WARD = DISTRICT.subUnit("HN-LB-BD", "Bồ Đề");
    private static final AdministrativeUnit OTHER_WARD = DISTRICT.subUnit("HN-LB-NT", "Ngọc Thụy");
    private static final LearningCentre CENTRE = new LearningCentre("TTHTCD-BD", "TTHTCĐ phường Bồ Đề", WARD, null, null, null);
    private static final Campaign WEEK = new Campaign("HN-LB-TLHTSD-2026", "Tuần lễ hưởng ứng học tập suốt đời năm 2026", null,
            CampaignKind.LIFELONG_LEARNING_WEEK, DISTRICT, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));

    private static CommunityEvent.Details details(LocalDateTime start, LocalDateTime end, AdministrativeUnit ward,
                                                  String place, Integer capacity, Campaign campaign) {
        return new CommunityEvent.Details("Triển lãm sách", null, EventType.EXHIBITION, OrganiserKind.LIBRARY,
                "Thư viện quận", ward, null, place, start, end, null, capacity, campaign);
    }

    private static String[] keysOf(Throwable failure) {
        return ((InvalidInputException) failure).errors().stream().map(InvalidInputException.FieldError::messageKey)
                .toArray(String[]::new);
    }

    @Test
    void the_end_comes_after_the_start() {
        assertThatThrownBy(() -> new CommunityEvent(null, DISTRICT, CENTRE, details(LocalDateTime.of(2026, 10, 1, 10, 0),
                LocalDateTime.of(2026, 10, 1, 9, 0), WARD, "Sân", null, null), NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(f -> assertThat(keysOf(f)).containsExactly("events.event.endBeforeStart"));
    }

    @Test
    void a_campaign_event_lies_within_the_campaign() {
        assertThatThrownBy(() -> new CommunityEvent(null, DISTRICT, null, details(LocalDateTime.of(2026, 10, 8, 8, 0),
                LocalDateTime.of(2026, 10, 8, 9, 0), null, "Sân", null, WEEK), NOW))
                .satisfies(f -> assertThat(keysOf(f)).containsExactly("events.event.outsideCampaign"));
        CommunityEvent inside = new CommunityEvent(null, DISTRICT, null, details(LocalDateTime.of(2026, 10, 7, 8, 0),
                LocalDateTime.of(2026, 10, 7, 9, 0), null, "Sân", null, WEEK), NOW);
        assertThat(inside.campaign()).isSameAs(WEEK);
    }

    @Test
    void place_and_capacity_and_wards_are_checked_together() {
        assertThatThrownBy(() -> new CommunityEvent(null, DISTRICT, CENTRE, details(LocalDateTime.of(2026, 10, 1, 8, 0),
                LocalDateTime.of(2026, 10, 1, 9, 0), OTHER_WARD, null, 0, null), NOW))
                .satisfies(f -> assertThat(keysOf(f)).containsExactlyInAnyOrder("events.event.venueOrPlace",
                        "events.event.capacityPositive", "events.event.wardNotOfCentre"));
        assertThatThrownBy(() -> new CommunityEvent(null, OTHER_DISTRICT, null, details(LocalDateTime.of(2026, 10, 1, 8, 0),
                LocalDateTime.of(2026, 10, 1, 9, 0), WARD, "Sân", null, WEEK), NOW))
                .satisfies(f -> assertThat(keysOf(f)).containsExactlyInAnyOrder("events.event.wardNotInDistrict",
                        "events.event.campaignOfOtherDistrict"));
    }

    @Test
    void changes_raise_the_sequence_and_a_cancelled_event_stays_as_it_is() {
        CommunityEvent event = new CommunityEvent(null, DISTRICT, CENTRE, details(LocalDateTime.of(2026, 10, 1, 8, 0),
                LocalDateTime.of(2026, 10, 1, 9, 0), null, "Sân", 30, WEEK), NOW);
        String uid = event.uid();
        assertThat(event.ward()).isNull();

        event.reschedule(LocalDateTime.of(2026, 10, 2, 8, 0), LocalDateTime.of(2026, 10, 2, 9, 0), NOW);
        event.cancel(NOW);

        assertThat(event.sequence()).isEqualTo(2);
        assertThat(event.uid()).isEqualTo(uid);
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThatThrownBy(() -> event.reschedule(LocalDateTime.of(2026, 10, 3, 8, 0), LocalDateTime.of(2026, 10, 3, 9, 0), NOW))
                .isInstanceOf(BusinessException.class).hasMessage("events.event.cancelled");
        assertThatThrownBy(() -> event.cancel(NOW)).hasMessage("events.event.alreadyCancelled");
    }
}
