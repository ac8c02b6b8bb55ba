package vn.hoctap.portal.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.catalog.boundary.CatalogContent;
import vn.hoctap.portal.catalog.boundary.CatalogContent.Venue;
import vn.hoctap.portal.events.boundary.EventContent;
import vn.hoctap.portal.events.boundary.EventContent.CampaignEntry;
import vn.hoctap.portal.events.boundary.EventContent.EventEntry;
import vn.hoctap.portal.events.boundary.EventContent.RsvpEntry;
import vn.hoctap.portal.events.entity.CampaignKind;
import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;
import vn.hoctap.portal.identity.boundary.AccountContent;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.boundary.OrganisationContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContentFilesTest {

    /** Surefire runs in the ejb module, so the content folder is next to it. */
    private static final Path CONTENT = Path.of("../content");

    private static final String WEEK = "HN-LB-TLHTSD-2026";
    private static final String BOOK_DAY = "HN-LB-NSVHD-2026";
    /** The demo's today: the week and Book Day are over, the year-round events are ahead. */
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 12, 2);
    private static final Set<String> WARDS = Set.of("HN-LB-BD", "HN-LB-NT", "HN-LB-GT");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final DemoContentFiles DEMO = new DemoContentFiles(CONTENT);

    /** The real files, read once when a test first needs them (the temporary-folder tests do not). */
    private static final class Real {
        static final EventContent EVENTS = EventContentFiles.read(CONTENT);
        static final CatalogContent CATALOG = new CatalogContentFiles(CONTENT).catalog();
    }

    // ---------------------------------------------------------------- the real content folder

    @Test
    void theDistrictHasTheLifelongLearningWeekAndBookDay2026() {
        assertThat(Real.EVENTS.campaigns()).extracting(CampaignEntry::code).doesNotHaveDuplicates().contains(WEEK, BOOK_DAY);
        CampaignEntry week = campaign(WEEK);
        assertThat(week.kind()).isEqualTo(CampaignKind.LIFELONG_LEARNING_WEEK);
        assertThat(week.name()).isEqualTo("Tuần lễ hưởng ứng học tập suốt đời năm 2026");
        assertThat(week.districtCode()).isEqualTo("HN-LB");
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 10, 7));
        assertThat(week.theme()).isNotBlank();
        CampaignEntry bookDay = campaign(BOOK_DAY);
        assertThat(bookDay.kind()).isEqualTo(CampaignKind.BOOK_DAY);
        assertThat(bookDay.name()).isEqualTo("Ngày Sách và Văn hóa đọc Việt Nam 2026");
        assertThat(LocalDate.of(2026, 4, 21)).isBetween(bookDay.start(), bookDay.end());
        assertThat(bookDay.start().datesUntil(bookDay.end().plusDays(1)).count()).isBetween(3L, 7L);
    }

    @Test
    void theWeekHasAtLeastThirtyEventsOnEachOfItsDaysInEveryWard() {
        List<EventEntry> week = of(WEEK);
        assertThat(week.stream().filter(e -> !e.start().toLocalDate().isBefore(LocalDate.of(2026, 10, 1))
                && !e.end().toLocalDate().isAfter(LocalDate.of(2026, 10, 7)))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(week).extracting(e -> e.start().toLocalDate()).containsAll(
                LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList());
        for (String ward : WARDS) {
            assertThat(week).as("events of %s", ward).filteredOn(e -> ward.equals(e.wardCode())).hasSizeGreaterThanOrEqualTo(10);
        }
        assertThat(week).as("district-wide events").filteredOn(e -> e.wardCode() == null).hasSizeBetween(2, 6);
        assertThat(week).extracting(EventEntry::type).containsAll(List.of(EventType.values()));
        assertThat(week).extracting(EventEntry::organiserKind).containsAll(List.of(OrganiserKind.values()));
        assertThat(week).filteredOn(e -> e.status() == EventStatus.CANCELLED).hasSizeBetween(1, 2);
        assertThat(week).anySatisfy(e -> assertThat(e.capacity()).isNotNull());
        assertThat(week).anySatisfy(e -> assertThat(e.capacity()).isNull());
        assertThat(week).anySatisfy(e -> assertThat(e.venueCode()).isNotNull());
        assertThat(week).anySatisfy(e -> assertThat(e.place()).isNotNull());
    }

    @Test
    void bookDayHasAShortProgrammeAroundThe21stOfApril() {
        List<EventEntry> bookDay = of(BOOK_DAY);
        assertThat(bookDay).hasSizeGreaterThanOrEqualTo(6);
        assertThat(bookDay).anySatisfy(e -> assertThat(e.start().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 21)));
        assertThat(bookDay).extracting(EventEntry::wardCode).containsAll(WARDS);
        assertThat(bookDay).extracting(EventEntry::type).contains(EventType.BOOK_FAIR, EventType.READING_SESSION);
    }

    @Test
    void everyEventLiesWithinItsCampaignsDates() {
        Map<String, CampaignEntry> campaigns = Real.EVENTS.campaigns().stream()
                .collect(Collectors.toMap(CampaignEntry::code, Function.identity()));
        assertThat(Real.EVENTS.events()).filteredOn(e -> e.campaignCode() != null).allSatisfy(e -> {
            CampaignEntry campaign = campaigns.get(e.campaignCode());
            assertThat(campaign).as("campaign of %s", e.code()).isNotNull();
            assertThat(e.start().toLocalDate()).as("start of %s", e.code()).isBetween(campaign.start(), campaign.end());
            assertThat(e.end().toLocalDate()).as("end of %s", e.code()).isBetween(campaign.start(), campaign.end());
            assertThat(e.districtCode()).as("district of %s", e.code()).isEqualTo(campaign.districtCode());
        });
    }

    @Test
    void yearRoundEventsAreAheadOfTheDemoDayOutsideHolidays() {
        List<EventEntry> yearRound = Real.EVENTS.events().stream().filter(e -> e.campaignCode() == null).toList();
        assertThat(yearRound).hasSizeGreaterThanOrEqualTo(8).allSatisfy(e -> {
            assertThat(e.start().toLocalDate()).as("start of %s", e.code())
                    .isBetween(LocalDate.of(2026, 12, 5), LocalDate.of(2027, 3, 31));
            assertThat(e.end().toLocalDate()).as("end of %s", e.code()).isBeforeOrEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(e.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(Real.CATALOG.holidays()).as("holidays during %s", e.code()).filteredOn(h ->
                    !e.end().toLocalDate().isBefore(h.from()) && !e.start().toLocalDate().isAfter(h.to())).isEmpty();
        });
        assertThat(yearRound).extracting(EventEntry::type)
                .contains(EventType.TALK, EventType.CAREER_DAY, EventType.CONTEST, EventType.OPEN_CLASS);
        assertThat(yearRound).as("small events where the waitlist shows")
                .filteredOn(e -> e.capacity() != null && e.capacity() <= 20).hasSizeGreaterThanOrEqualTo(2);
        assertThat(yearRound).extracting(EventEntry::wardCode).containsAll(WARDS);
    }

    @Test
    void wardsCentresAndVenuesAreOfTheDemoOrganisationAndTheCentresOwn() {
        Map<String, String> centreOfWard = organisation().districts().stream()
                .flatMap(d -> d.wards().stream())
                .collect(Collectors.toMap(OrganisationContent.Ward::code, w -> w.centre().code()));
        Set<String> districts = organisation().districts().stream().map(OrganisationContent.District::code)
                .collect(Collectors.toSet());
        Map<String, Venue> venues = Real.CATALOG.venues().stream().collect(Collectors.toMap(Venue::code, Function.identity()));
        assertThat(Real.EVENTS.campaigns()).allSatisfy(c -> assertThat(districts).contains(c.districtCode()));
        assertThat(Real.EVENTS.events()).allSatisfy(e -> {
            assertThat(e.districtCode()).as("district of %s", e.code()).isEqualTo("HN-LB");
            if (e.wardCode() != null) {
                assertThat(WARDS).as("ward of %s", e.code()).contains(e.wardCode());
                assertThat(e.centreCode()).as("centre of %s", e.code()).isEqualTo(centreOfWard.get(e.wardCode()));
            } else {
                assertThat(e.centreCode()).as("centre of the district-wide %s", e.code()).isNull();
            }
            if (e.venueCode() != null) {
                Venue venue = venues.get(e.venueCode());
                assertThat(venue).as("venue %s of %s", e.venueCode(), e.code()).isNotNull();
                assertThat(venue.centre()).as("centre of the venue of %s", e.code()).isEqualTo(e.centreCode());
                if (e.capacity() != null) {
                    assertThat(e.capacity()).as("capacity of %s", e.code()).isLessThanOrEqualTo(venue.capacity());
                }
            }
        });
    }

    @Test
    void noVenueHasTwoEventsAtTheSameTime() {
        List<EventEntry> held = Real.EVENTS.events().stream()
                .filter(e -> e.venueCode() != null && e.status() == EventStatus.SCHEDULED).toList();
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            for (int j = i + 1; j < held.size(); j++) {
                EventEntry a = held.get(i);
                EventEntry b = held.get(j);
                if (a.venueCode().equals(b.venueCode()) && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    clashes.add(a.code() + " and " + b.code() + " in " + a.venueCode());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void rsvpsAreTheDemoResidentsWithinTheCapacity() {
        Set<String> residents = DEMO.accounts().stream().filter(a -> a.role() == Role.RESIDENT)
                .flatMap(a -> Stream.of(a.email(), a.phone())).filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(Real.EVENTS.events()).allSatisfy(e -> {
            assertThat(e.rsvps()).extracting(RsvpEntry::resident).as("residents of %s", e.code())
                    .doesNotHaveDuplicates().allSatisfy(r -> assertThat(residents).contains(r));
            if (e.capacity() != null) {
                assertThat(e.rsvps().size()).as("registrations of %s", e.code()).isLessThanOrEqualTo(e.capacity());
            }
        });
        List<RsvpEntry> weekRsvps = of(WEEK).stream().flatMap(e -> e.rsvps().stream()).toList();
        assertThat(weekRsvps).filteredOn(RsvpEntry::checkedIn).extracting(RsvpEntry::resident)
                .contains("nguoihoc@hoctap.demo", "0912 000 202");
        assertThat(weekRsvps).as("someone registered who did not come").anySatisfy(r -> assertThat(r.checkedIn()).isFalse());
        assertThat(Real.EVENTS.events()).filteredOn(e -> e.start().toLocalDate().isAfter(DEMO_DAY))
                .flatMap(EventEntry::rsvps).extracting(RsvpEntry::resident).contains("nguoihoc@hoctap.demo");
    }

    @Test
    void pastEventsHaveTheirCountsAndOthersNone() {
        assertThat(Real.EVENTS.events()).allSatisfy(e -> {
            boolean past = e.start().toLocalDate().isBefore(DEMO_DAY);
            if (e.status() == EventStatus.CANCELLED) {
                assertThat(e.walkIns()).as("walk-ins of the cancelled %s", e.code()).isZero();
                assertThat(e.rsvps()).as("registrations of the cancelled %s", e.code()).isEmpty();
            } else if (past) {
                assertThat(e.walkIns()).as("walk-ins of %s", e.code()).isPositive();
                if (e.capacity() != null) {
                    assertThat(e.walkIns() + e.rsvps().size()).as("people at %s", e.code()).isLessThanOrEqualTo(e.capacity());
                }
            } else {
                assertThat(e.walkIns()).as("walk-ins of the coming %s", e.code()).isZero();
                assertThat(e.rsvps()).as("check-ins of the coming %s", e.code()).noneMatch(RsvpEntry::checkedIn);
            }
        });
    }

    @Test
    void timesAreThoseOfMorningsEveningsAndWeekends() {
        assertThat(Real.EVENTS.events()).allSatisfy(e -> {
            assertThat(e.end()).as("end of %s", e.code()).isAfter(e.start());
            assertThat(e.start().toLocalTime()).as("start of %s", e.code()).isBetween(LocalTime.of(6, 0), LocalTime.of(19, 30));
            assertThat(e.end().toLocalTime()).as("end of %s", e.code()).isBetween(LocalTime.of(7, 0), LocalTime.of(21, 0));
            assertThat(e.start().getMinute() % 15).as("start of %s on a quarter", e.code()).isZero();
            if (e.start().toLocalDate().equals(e.end().toLocalDate())) {
                assertThat(java.time.Duration.between(e.start(), e.end()).toHours()).as("length of %s", e.code()).isLessThanOrEqualTo(9);
            }
        });
        List<EventEntry> week = of(WEEK);
        assertThat(week).anySatisfy(e -> assertThat(e.start().toLocalTime()).isBefore(LocalTime.of(9, 0)));
        assertThat(week).filteredOn(e -> !e.start().toLocalTime().isBefore(LocalTime.of(19, 0))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(week).filteredOn(e -> e.start().getDayOfWeek() == DayOfWeek.SATURDAY
                || e.start().getDayOfWeek() == DayOfWeek.SUNDAY).hasSizeGreaterThanOrEqualTo(10);
        assertThat(week).anySatisfy(e -> assertThat(e.end().toLocalDate()).isAfter(e.start().toLocalDate()));
    }

    @Test
    void textsAreVietnameseWithDiacriticsPlainAndOneLineAParagraph() {
        assertThat(Real.EVENTS.events()).extracting(EventEntry::code).doesNotHaveDuplicates();
        assertThat(Real.EVENTS.events()).allSatisfy(e -> {
            Stream.of(e.title(), e.description(), e.organiserName(), e.audience()).forEach(text -> {
                assertThat(text).as("texts of %s", e.code()).isNotBlank();
                assertThat(VIETNAMESE.matcher(text).find()).as("diacritics in %s of %s", text, e.code()).isTrue();
            });
            assertThat(e.description().split("\n\n")).as("paragraphs of %s", e.code())
                    .allSatisfy(p -> assertThat(p).doesNotContain("\n").isNotBlank());
            if (e.place() != null) {
                assertThat(VIETNAMESE.matcher(e.place()).find()).as("place of %s", e.code()).isTrue();
            }
        });
        List<String> texts = new ArrayList<>();
        Real.EVENTS.campaigns().forEach(c -> texts.addAll(List.of(c.name(), c.theme())));
        Real.EVENTS.events().forEach(e -> Stream.of(e.title(), e.description(), e.organiserName(), e.audience(), e.place())
                .filter(Objects::nonNull).forEach(texts::add));
        assertThat(texts).allSatisfy(text -> {
            assertThat(text).doesNotContain("<", ">");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
        });
    }

    // ---------------------------------------------------------------- small files in a temporary folder

    @Test
    void aSmallValidFolderIsRead(@TempDir Path folder) throws IOException {
        write(folder, EVENT);
        Files.writeString(folder.resolve("events/second.yaml"), """
                events:
                  - code: E2
                    title: Giờ đọc sách
                    type: READING_SESSION
                    organiser: { kind: LIBRARY, name: Thư viện phường }
                    district: HN-LB
                    place: Sân nhà văn hóa tổ dân phố số 1
                    start: 2026-12-10T19:00
                    end: 2026-12-10T20:30
                    status: CANCELLED
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("events/README.md"), "not read", StandardCharsets.UTF_8);

        EventContent content = EventContentFiles.read(folder);

        assertThat(content.campaigns()).containsExactly(new CampaignEntry("C1", "Tuần lễ thử", null,
                CampaignKind.LIFELONG_LEARNING_WEEK, "HN-LB", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
        assertThat(content.events()).containsExactly(
                new EventEntry("E1", "Nói chuyện pháp luật", "Đoạn một.\n\nĐoạn hai.", EventType.TALK,
                        OrganiserKind.CENTRE, "Trung tâm học tập cộng đồng phường Bồ Đề", "C1", "HN-LB", "HN-LB-BD",
                        "TTHTCD-BD", "BD-HT", null, LocalDateTime.of(2026, 10, 1, 19, 0),
                        LocalDateTime.of(2026, 10, 1, 20, 30), "Người dân", 2, EventStatus.SCHEDULED, 12,
                        List.of(new RsvpEntry("nguoihoc@hoctap.demo", true), new RsvpEntry("0912 000 202", false))),
                new EventEntry("E2", "Giờ đọc sách", null, EventType.READING_SESSION, OrganiserKind.LIBRARY,
                        "Thư viện phường", null, "HN-LB", null, null, null, "Sân nhà văn hóa tổ dân phố số 1",
                        LocalDateTime.of(2026, 12, 10, 19, 0), LocalDateTime.of(2026, 12, 10, 20, 30), null, null,
                        EventStatus.CANCELLED, 0, List.of()));
    }

    @Test
    void aFolderWithoutEventsGivesNone(@TempDir Path folder) {
        assertThat(EventContentFiles.read(folder)).isEqualTo(EventContent.empty());
        assertThat(EventContent.empty().campaigns()).isEmpty();
        assertThat(EventContent.empty().events()).isEmpty();
    }

    @Test
    void missingValuesAreRefusedNamingTheFileTheEventAndTheField(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("    title: Nói chuyện pháp luật\n", ""),
                "events/programme.yaml", "event E1", "'title'");
        refused(folder, EVENT.replace("    organiser: { kind: CENTRE, name: Trung tâm học tập cộng đồng phường Bồ Đề }\n", ""),
                "events/programme.yaml", "event E1", "'organiser'");
        refused(folder, EVENT.replace("kind: CENTRE, name: Trung tâm học tập cộng đồng phường Bồ Đề", "kind: CENTRE"),
                "event E1) organiser", "'name'");
        refused(folder, EVENT.replace("    start: 2026-10-01T19:00\n", ""), "event E1", "'start'");
        campaignsRefused(folder, CAMPAIGNS.replace("    district: HN-LB\n", ""),
                "events/campaigns.yaml", "campaign C1", "'district'");
    }

    @Test
    void unknownFieldsAreRefusedNamingThem(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("capacity: 2", "capacty: 2"),
                "events/programme.yaml", "event E1", "unknown field 'capacty'");
        refused(folder, EVENT.replace("kind: CENTRE,", "kind: CENTRE, phone: 0243,"),
                "event E1) organiser", "unknown field 'phone'");
        refused(folder, EVENT.replace("checkedIn: true", "checkedIn: true, seat: 4"),
                "event E1) rsvps", "unknown field 'seat'");
        refused(folder, EVENT.replace("events:", "version: 2\nevents:"),
                "events/programme.yaml", "unknown field 'version'");
        campaignsRefused(folder, CAMPAIGNS.replace("kind:", "year: 2026\n    kind:"),
                "events/campaigns.yaml", "campaign C1", "unknown field 'year'");
    }

    @Test
    void unknownConstantsAreRefusedWithTheChoices(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("type: TALK", "type: LECTURE"),
                "event E1", "'type'", "LECTURE", "READING_SESSION");
        refused(folder, EVENT.replace("kind: CENTRE", "kind: CLUB"),
                "event E1) organiser", "'kind'", "CLUB", "ASSOCIATION");
        refused(folder, EVENT.replace("walkIns: 12", "status: POSTPONED"),
                "event E1", "'status'", "POSTPONED", "CANCELLED");
        campaignsRefused(folder, CAMPAIGNS.replace("LIFELONG_LEARNING_WEEK", "READING_WEEK"),
                "events/campaigns.yaml", "campaign C1", "'kind'", "READING_WEEK", "BOOK_DAY");
    }

    @Test
    void anEndBeforeTheStartIsRefused(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("end: 2026-10-01T20:30", "end: 2026-10-01T18:30"),
                "events/programme.yaml", "event E1", "'end'", "'start'");
        refused(folder, EVENT.replace("end: 2026-10-01T20:30", "end: 2026-10-01T19:00"),
                "event E1", "'end'", "must be after");
        campaignsRefused(folder, CAMPAIGNS.replace("end: 2026-10-07", "end: 2026-09-30"),
                "events/campaigns.yaml", "campaign C1", "'end'", "2026-09-30", "'start'");
    }

    @Test
    void anEventOutsideItsCampaignOrOfAnUnknownOneIsRefused(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("2026-10-01T", "2026-10-08T"),
                "event E1", "campaign C1", "2026-10-01 to 2026-10-07");
        refused(folder, EVENT.replace("start: 2026-10-01T19:00", "start: 2026-09-30T19:00"),
                "event E1", "campaign C1", "'start'");
        refused(folder, EVENT.replace("campaign: C1", "campaign: C9"), "event E1", "'campaign' C9", "campaigns.yaml");
    }

    @Test
    void codesUsedTwiceAreRefusedWithBothFiles(@TempDir Path folder) throws IOException {
        write(folder, EVENT);
        Files.writeString(folder.resolve("events/second.yaml"), EVENT, StandardCharsets.UTF_8);
        assertRefused(folder, "events/second.yaml", "event E1", "'E1'", "already used in events/programme.yaml");

        write(folder, EVENT);
        Files.delete(folder.resolve("events/second.yaml"));
        Files.writeString(folder.resolve("events/campaigns.yaml"),
                CAMPAIGNS + CAMPAIGNS.substring(CAMPAIGNS.indexOf("  - code")), StandardCharsets.UTF_8);
        assertRefused(folder, "events/campaigns.yaml", "campaign C1", "used twice");
    }

    @Test
    void exactlyOneOfVenueAndPlaceIsGivenAndAVenueHasItsCentre(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("venue: BD-HT", "venue: BD-HT\n    place: Sân trường"),
                "event E1", "'venue'", "'place'", "not both");
        refused(folder, EVENT.replace("    venue: BD-HT\n", ""), "event E1", "'venue'", "'place'", "not neither");
        refused(folder, EVENT.replace("    centre: TTHTCD-BD\n", ""), "event E1", "'venue' BD-HT", "'centre'");
        refused(folder, EVENT.replace("    ward: HN-LB-BD\n", ""), "event E1", "'centre' TTHTCD-BD", "'ward'");
    }

    @Test
    void badDatesAndNumbersAreRefusedNamingTheField(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("start: 2026-10-01T19:00", "start: 2026-10-01 19h"),
                "event E1", "'start'", "2026-10-01 19h", "YYYY-MM-DDTHH:MM");
        refused(folder, EVENT.replace("capacity: 2", "capacity: 0"), "event E1", "'capacity'", "at least 1");
        refused(folder, EVENT.replace("capacity: 2", "capacity: hai mươi"), "event E1", "'capacity'", "hai mươi");
        refused(folder, EVENT.replace("walkIns: 12", "walkIns: -3"), "event E1", "'walkIns'", "-3");
        refused(folder, EVENT.replace("title: Nói chuyện pháp luật", "title: " + "Rất dài ".repeat(40)),
                "event E1", "'title'", "at most 300");
        campaignsRefused(folder, CAMPAIGNS.replace("start: 2026-10-01", "start: 1/10/2026"),
                "events/campaigns.yaml", "campaign C1", "'start'", "1/10/2026", "YYYY-MM-DD");
    }

    @Test
    void rsvpsAreRefusedWhenTheyCannotHaveHappened(@TempDir Path folder) throws IOException {
        refused(folder, EVENT.replace("\"0912 000 202\"", "nguoihoc@hoctap.demo"),
                "event E1) rsvps", "nguoihoc@hoctap.demo", "twice");
        refused(folder, EVENT.replace("capacity: 2", "capacity: 1"), "event E1", "'rsvps'", "'capacity' of 1");
        refused(folder, EVENT.replace("walkIns: 12", "status: CANCELLED"), "event E1", "cancelled", "'rsvps'");
        refused(folder, EVENT.replace("checkedIn: true", "checkedIn: có"),
                "event E1) rsvps", "'checkedIn'", "true or false");
        refused(folder, EVENT.replace("resident: nguoihoc@hoctap.demo, ", ""), "event E1) rsvps", "'resident'");
    }

    // ---------------------------------------------------------------- helpers

    private static final String CAMPAIGNS = """
            campaigns:
              - code: C1
                name: Tuần lễ thử
                kind: LIFELONG_LEARNING_WEEK
                district: HN-LB
                start: 2026-10-01
                end: 2026-10-07
            """;

    private static final String EVENT = """
            events:
              - code: E1
                title: Nói chuyện pháp luật
                description: |
                  Đoạn một.

                  Đoạn hai.
                type: TALK
                organiser: { kind: CENTRE, name: Trung tâm học tập cộng đồng phường Bồ Đề }
                campaign: C1
                district: HN-LB
                ward: HN-LB-BD
                centre: TTHTCD-BD
                venue: BD-HT
                start: 2026-10-01T19:00
                end: 2026-10-01T20:30
                audience: Người dân
                capacity: 2
                walkIns: 12
                rsvps:
                  - { resident: nguoihoc@hoctap.demo, checkedIn: true }
                  - { resident: "0912 000 202" }
            """;

    private static void write(Path folder, String programme) throws IOException {
        Path events = Files.createDirectories(folder.resolve(EventContentFiles.FOLDER));
        Files.writeString(events.resolve(EventContentFiles.CAMPAIGNS), CAMPAIGNS, StandardCharsets.UTF_8);
        Files.writeString(events.resolve("programme.yaml"), programme, StandardCharsets.UTF_8);
    }

    private static void refused(Path folder, String programme, String... named) throws IOException {
        write(folder, programme);
        assertRefused(folder, named);
    }

    private static void campaignsRefused(Path folder, String campaigns, String... named) throws IOException {
        write(folder, EVENT);
        Files.writeString(folder.resolve("events/campaigns.yaml"), campaigns, StandardCharsets.UTF_8);
        assertRefused(folder, named);
    }

    private static void assertRefused(Path folder, String... named) {
        var thrown = assertThatThrownBy(() -> EventContentFiles.read(folder)).isInstanceOf(IllegalArgumentException.class);
        for (String part : named) {
            thrown.hasMessageContaining(part);
        }
    }

    private static CampaignEntry campaign(String code) {
        return Real.EVENTS.campaigns().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<EventEntry> of(String campaign) {
        return Real.EVENTS.events().stream().filter(e -> campaign.equals(e.campaignCode())).toList();
    }

    private static OrganisationContent organisation() {
        return DEMO.organisation();
    }
}
