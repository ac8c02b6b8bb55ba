package vn.hoctap.portal.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.catalog.boundary.CatalogContent;
import vn.hoctap.portal.catalog.boundary.CatalogContent.ClassOffering;
import vn.hoctap.portal.catalog.boundary.CatalogContent.Course;
import vn.hoctap.portal.catalog.boundary.CatalogContent.Venue;
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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogContentFilesTest {

    /** Surefire runs in the ejb module, so the content folder is next to it. */
    private static final Path CONTENT = Path.of("../content");

    private static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2026, 9, 1);
    private static final LocalDate SCHOOL_YEAR_END = LocalDate.of(2027, 6, 30);
    private static final Set<String> PROGRAMMES = Set.of("LITERACY_1", "LITERACY_2", "POST_LITERACY", "LIFE_SKILLS",
            "DIGITAL_SKILLS", "LAW", "HEALTH", "AGRICULTURE", "VOCATIONAL", "FOREIGN_LANGUAGE", "READING_CULTURE", "OTHER");
    private static final Set<String> LITERACY_LIKE = Set.of("LITERACY_1", "LITERACY_2", "POST_LITERACY");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final DemoContentFiles DEMO = new DemoContentFiles(CONTENT);

    /** The real catalog, read once when a test first needs it (the temporary-folder tests do not). */
    private static final class Real {
        static final CatalogContent CATALOG = new CatalogContentFiles(CONTENT).catalog();
    }

    // ---------------------------------------------------------------- the real content folder

    @Test
    void theCatalogFilesAreThere() {
        Stream.of(CatalogContentFiles.PROGRAMMES, CatalogContentFiles.HOLIDAYS, CatalogContentFiles.VENUES,
                CatalogContentFiles.COURSES).forEach(file -> assertThat(CONTENT.resolve(file)).isRegularFile());
    }

    @Test
    void thereAreEnoughCoursesAndClassesForEveryProgrammeAndCentre() {
        assertThat(Real.CATALOG.courses()).hasSizeGreaterThanOrEqualTo(44);
        assertThat(classes()).hasSizeGreaterThanOrEqualTo(64);
        assertThat(Real.CATALOG.courses()).extracting(Course::programme).containsAll(PROGRAMMES);
        assertThat(Real.CATALOG.courses()).extracting(Course::centre).containsAll(centres());
        assertThat(Real.CATALOG.courses()).allSatisfy(c -> assertThat(c.classes()).as("classes of %s", c.code()).isNotEmpty());
    }

    @Test
    void programmesAreTheTwelveOfThePlansAndOnlyTheTwoLiteracyPhasesAreLiteracy() {
        assertThat(Real.CATALOG.programmes()).extracting(CatalogContent.Programme::code)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(PROGRAMMES);
        assertThat(Real.CATALOG.programmes()).filteredOn(CatalogContent.Programme::literacy)
                .extracting(CatalogContent.Programme::code).containsExactlyInAnyOrder("LITERACY_1", "LITERACY_2");
        assertThat(Real.CATALOG.programmes()).allSatisfy(p -> {
            assertThat(p.nameVi()).isNotBlank();
            assertThat(p.nameEn()).isNotBlank();
        });
        assertThat(Real.CATALOG.programmes()).filteredOn(p -> p.code().equals("LITERACY_1"))
                .singleElement().extracting(CatalogContent.Programme::nameVi).isEqualTo("Xóa mù chữ giai đoạn 1");
    }

    @Test
    void literacyAdmitsAges15To60AndPhase2NeedsPhase1OrGrade3() {
        assertThat(Real.CATALOG.programmes()).filteredOn(p -> p.code().equals("LITERACY_1")).singleElement()
                .extracting(CatalogContent.Programme::eligibility)
                .isEqualTo(new CatalogContent.Eligibility(15, 60, null, null));
        assertThat(Real.CATALOG.programmes()).filteredOn(p -> p.code().equals("LITERACY_2")).singleElement()
                .extracting(CatalogContent.Programme::eligibility)
                .isEqualTo(new CatalogContent.Eligibility(15, 60, "LITERACY_1", 3));
        assertThat(Real.CATALOG.programmes()).filteredOn(p -> !p.literacy())
                .allSatisfy(p -> assertThat(p.eligibility()).as(p.code()).isNull());
    }

    @Test
    void holidaysCoverTheSchoolYearsPublicHolidays() {
        assertThat(Real.CATALOG.holidays()).allSatisfy(h -> assertThat(h.to()).as(h.name()).isAfterOrEqualTo(h.from()));
        assertThat(Real.CATALOG.holidays()).extracting(h -> h.from().getYear()).containsOnly(2026, 2027);
        Stream.of("2026-01-01", "2026-02-17", "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-02",
                        "2027-01-01", "2027-02-06", "2027-04-16", "2027-04-30", "2027-05-01", "2027-09-01")
                .map(LocalDate::parse)
                .forEach(day -> assertThat(isHoliday(day)).as("%s is a holiday", day).isTrue());
        assertThat(isHoliday(LocalDate.of(2026, 9, 3))).isFalse();
        assertThat(isHoliday(LocalDate.of(2027, 2, 12))).isFalse();
    }

    @Test
    void venuesBelongToACentreWithRoomsAndOutsidePlaces() {
        assertThat(Real.CATALOG.venues()).extracting(Venue::code).doesNotHaveDuplicates();
        assertThat(Real.CATALOG.venues()).allSatisfy(v -> {
            assertThat(centres()).as("centre of venue %s", v.code()).contains(v.centre());
            assertThat(v.capacity()).as("capacity of %s", v.code()).isBetween(20, 120);
            assertThat(v.kind()).isIn("CENTRE_ROOM", "OUTSIDE_PLACE");
        });
        for (String centre : centres()) {
            List<Venue> own = Real.CATALOG.venues().stream().filter(v -> v.centre().equals(centre)).toList();
            assertThat(own).as("rooms of %s", centre).filteredOn(v -> v.kind().equals("CENTRE_ROOM")).hasSizeBetween(2, 3);
            assertThat(own).as("outside places of %s", centre).filteredOn(v -> v.kind().equals("OUTSIDE_PLACE")).hasSizeBetween(1, 2);
        }
    }

    @Test
    void everyCentreHasTwoOrThreeTeachers() {
        Map<String, Long> teachersPerCentre = DEMO.accounts().stream().filter(a -> a.role() == Role.TEACHER)
                .collect(Collectors.groupingBy(AccountContent::scope, Collectors.counting()));
        assertThat(teachersPerCentre.keySet()).containsExactlyInAnyOrderElementsOf(centres());
        assertThat(teachersPerCentre.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 3L));
    }

    @Test
    void codesAreUnique() {
        List<String> codes = new ArrayList<>();
        Real.CATALOG.courses().forEach(c -> codes.add(c.code()));
        classes().forEach(k -> codes.add(k.code()));
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(Real.CATALOG.holidays()).extracting(h -> h.from() + " " + h.name()).doesNotHaveDuplicates();
    }

    @Test
    void coursesReferToExistingCentresAndProgrammes() {
        Set<String> programmes = Real.CATALOG.programmes().stream().map(CatalogContent.Programme::code).collect(Collectors.toSet());
        assertThat(Real.CATALOG.courses()).allSatisfy(c -> {
            assertThat(centres()).as("centre of %s", c.code()).contains(c.centre());
            assertThat(programmes).as("programme of %s", c.code()).contains(c.programme());
            assertThat(c.fee()).as("fee of %s", c.code()).isBetween(0L, 800_000L);
            assertThat(c.status()).isIn("DRAFT", "PUBLISHED");
            assertThat(c.audienceGroups()).doesNotHaveDuplicates();
            if (c.minAge() != null && c.maxAge() != null) {
                assertThat(c.minAge()).as("ages of %s", c.code()).isLessThan(c.maxAge());
            }
        });
    }

    @Test
    void classesUseAVenueAndATeacherOfTheirOwnCentre() {
        Map<String, Venue> venues = Real.CATALOG.venues().stream().collect(Collectors.toMap(Venue::code, Function.identity()));
        Map<String, String> teacherCentre = DEMO.accounts().stream()
                .filter(a -> a.role() == Role.TEACHER && a.email() != null)
                .collect(Collectors.toMap(AccountContent::email, AccountContent::scope));
        for (Course course : Real.CATALOG.courses()) {
            for (ClassOffering k : course.classes()) {
                Venue venue = venues.get(k.venue());
                assertThat(venue).as("venue %s of %s", k.venue(), k.code()).isNotNull();
                assertThat(venue.centre()).as("centre of the venue of %s", k.code()).isEqualTo(course.centre());
                assertThat(k.capacity()).as("capacity of %s", k.code()).isPositive().isLessThanOrEqualTo(venue.capacity());
                assertThat(k.teacher() == null).as("%s has exactly one of teacher and guest speaker", k.code())
                        .isNotEqualTo(k.guestSpeaker() == null);
                if (k.teacher() != null) {
                    assertThat(teacherCentre).as("teacher of %s", k.code()).containsEntry(k.teacher(), course.centre());
                }
                assertThat(k.schedule().from()).as("hours of %s", k.code()).isBefore(k.schedule().to());
                assertThat(k.schedule().weeks()).isBetween(1, 40);
            }
        }
    }

    @Test
    void classesStartInTheSchoolYearOnOneOfTheirDays() {
        assertThat(classes()).allSatisfy(k -> {
            assertThat(k.startDate()).as("start of %s", k.code()).isBetween(SCHOOL_YEAR_START, SCHOOL_YEAR_END);
            assertThat(k.schedule().days()).as("days of %s", k.code()).contains(k.startDate().getDayOfWeek());
        });
    }

    @Test
    void singleSessionsDoNotFallOnAHoliday() {
        assertThat(classes()).filteredOn(k -> k.schedule().weeks() == 1)
                .isNotEmpty()
                .allSatisfy(k -> assertThat(isHoliday(k.startDate())).as("%s on %s", k.code(), k.startDate()).isFalse());
    }

    @Test
    void noTwoClassesShareAVenueOrATeacherAtTheSameTime() {
        assertThat(clashes(classes())).isEmpty();
    }

    @Test
    void theClashCheckFindsSharedVenuesAndTeachersOnly() {
        ClassOffering evening = offering("A", "gv@x", null, "R1", "2026-09-08", List.of(DayOfWeek.TUESDAY), "19:00", "21:00", 10);
        ClassOffering sameRoomLater = offering("B", "gv2@x", null, "R1", "2026-10-06", List.of(DayOfWeek.TUESDAY), "20:00", "21:30", 4);
        ClassOffering sameTeacherElsewhere = offering("C", "gv@x", null, "R2", "2026-09-10", List.of(DayOfWeek.THURSDAY, DayOfWeek.TUESDAY), "18:00", "19:30", 2);
        ClassOffering afterTheFirstEnds = offering("D", "gv@x", null, "R1", "2026-11-17", List.of(DayOfWeek.TUESDAY), "19:00", "21:00", 3);
        ClassOffering rightAfterIt = offering("E", "gv@x", null, "R1", "2026-09-08", List.of(DayOfWeek.TUESDAY), "21:00", "22:00", 3);
        ClassOffering otherDay = offering("F", "gv@x", null, "R1", "2026-09-09", List.of(DayOfWeek.WEDNESDAY), "19:00", "21:00", 3);
        ClassOffering guestsDoNotCount = offering("G", null, "Ông A", "R2", "2026-09-08", List.of(DayOfWeek.TUESDAY), "19:00", "21:00", 1);
        ClassOffering guestsDoNotCount2 = offering("H", null, "Ông A", "R3", "2026-09-08", List.of(DayOfWeek.TUESDAY), "19:00", "21:00", 1);

        assertThat(clashes(List.of(evening, sameRoomLater))).hasSize(1);
        assertThat(clashes(List.of(evening, sameTeacherElsewhere))).hasSize(1);
        assertThat(clashes(List.of(evening, afterTheFirstEnds, rightAfterIt, otherDay))).isEmpty();
        assertThat(clashes(List.of(guestsDoNotCount, guestsDoNotCount2))).isEmpty();
        assertThat(evening.endDate()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void literacyClassesAreLongEveningClassesForAdults() {
        List<Course> literacy = Real.CATALOG.courses().stream().filter(c -> LITERACY_LIKE.contains(c.programme())).toList();
        assertThat(literacy).isNotEmpty().allSatisfy(c -> {
            assertThat(c.minAge()).as("min age of %s", c.code()).isEqualTo(15);
            assertThat(c.maxAge()).as("max age of %s", c.code()).isEqualTo(60);
            assertThat(c.fee()).isZero();
            assertThat(c.classes()).allSatisfy(k -> {
                assertThat(k.schedule().from()).as("start time of %s", k.code()).isAfterOrEqualTo(LocalTime.of(17, 0));
                assertThat(k.schedule().weeks()).as("weeks of %s", k.code()).isBetween(12, 35);
                assertThat(k.teacher()).as("teacher of %s", k.code()).isNotNull();
            });
        });
    }

    @Test
    void talksOnLawAreSingleSessions() {
        assertThat(Real.CATALOG.courses()).filteredOn(c -> c.programme().equals("LAW")).flatMap(Course::classes)
                .isNotEmpty()
                .allSatisfy(k -> {
                    assertThat(k.schedule().weeks()).as("weeks of %s", k.code()).isEqualTo(1);
                    assertThat(k.schedule().days()).as("days of %s", k.code()).hasSize(1);
                });
    }

    @Test
    void theTimetableHasMorningAfternoonEveningAndWeekendClasses() {
        assertThat(classes()).anySatisfy(k -> assertThat(k.schedule().from()).isBefore(LocalTime.NOON));
        assertThat(classes()).anySatisfy(k -> assertThat(k.schedule().from()).isBetween(LocalTime.NOON, LocalTime.of(16, 59)));
        assertThat(classes()).anySatisfy(k -> assertThat(k.schedule().from()).isAfterOrEqualTo(LocalTime.of(17, 0)));
        assertThat(classes()).anySatisfy(k -> assertThat(k.schedule().days()).containsAnyOf(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(classes()).anySatisfy(k -> assertThat(k.guestSpeaker()).isNotBlank());
        assertThat(Real.CATALOG.courses()).anySatisfy(c -> assertThat(c.status()).isEqualTo("DRAFT"));
        assertThat(Real.CATALOG.courses()).anySatisfy(c -> assertThat(c.fee()).isBetween(100_000L, 800_000L));
        assertThat(Real.CATALOG.courses()).filteredOn(c -> c.fee() == 0).hasSizeGreaterThan(Real.CATALOG.courses().size() / 2);
    }

    @Test
    void textsAreVietnameseWithDiacriticsAndPlain() {
        assertThat(Real.CATALOG.courses()).allSatisfy(c -> {
            assertThat(VIETNAMESE.matcher(c.title()).find()).as("diacritics in the title of %s", c.code()).isTrue();
            assertThat(VIETNAMESE.matcher(c.summary()).find()).as("diacritics in the summary of %s", c.code()).isTrue();
            assertThat(c.description()).as("description of %s", c.code()).isNotBlank();
            assertThat(VIETNAMESE.matcher(c.description()).find()).as("diacritics in the description of %s", c.code()).isTrue();
        });
        assertThat(classes()).filteredOn(k -> k.guestSpeaker() != null)
                .allSatisfy(k -> assertThat(VIETNAMESE.matcher(k.guestSpeaker()).find()).as("guest of %s", k.code()).isTrue());
        assertThat(Real.CATALOG.venues()).allSatisfy(v -> assertThat(VIETNAMESE.matcher(v.name()).find()).as(v.code()).isTrue());
        assertThat(Real.CATALOG.holidays()).allSatisfy(h -> assertThat(VIETNAMESE.matcher(h.name()).find()).as(h.name()).isTrue());
        assertThat(Real.CATALOG.programmes()).allSatisfy(p -> assertThat(VIETNAMESE.matcher(p.nameVi()).find()).as(p.code()).isTrue());

        assertThat(allTexts()).allSatisfy(text -> {
            assertThat(text).doesNotContain("<", ">");
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("NFC: %s", text).isTrue();
        });
    }

    @Test
    void textsFitTheirDatabaseColumns() {
        assertThat(Real.CATALOG.courses()).allSatisfy(c -> {
            assertThat(c.code()).hasSizeLessThanOrEqualTo(40);
            assertThat(c.title()).hasSizeLessThanOrEqualTo(200);
            assertThat(c.summary()).hasSizeLessThanOrEqualTo(500);
            if (c.level() != null) {
                assertThat(c.level()).hasSizeLessThanOrEqualTo(100);
            }
            if (c.prerequisites() != null) {
                assertThat(c.prerequisites()).hasSizeLessThanOrEqualTo(500);
            }
        });
        assertThat(classes()).allSatisfy(k -> {
            assertThat(k.code()).hasSizeLessThanOrEqualTo(40);
            if (k.guestSpeaker() != null) {
                assertThat(k.guestSpeaker()).hasSizeLessThanOrEqualTo(200);
            }
        });
    }

    @Test
    void descriptionsKeepTheirParagraphs() {
        Course first = Real.CATALOG.courses().stream().filter(c -> c.code().equals("BD-XMC1-2026")).findFirst().orElseThrow();
        assertThat(first.description().split("\n\n")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.description()).doesNotEndWith("\n");
        assertThat(first.classes()).singleElement().satisfies(k -> {
            assertThat(k.teacher()).isEqualTo("giaovien.bode@hoctap.demo");
            assertThat(k.startDate()).isEqualTo(LocalDate.of(2026, 9, 8));
            assertThat(k.schedule()).isEqualTo(new CatalogContent.Schedule(
                    List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(19, 0), LocalTime.of(21, 0), 32));
        });
    }

    // ---------------------------------------------------------------- small files in a temporary folder

    @Test
    void aSmallValidCatalogIsRead(@TempDir Path folder) throws IOException {
        write(folder, CLASS);

        CatalogContent catalog = new CatalogContentFiles(folder).catalog();

        assertThat(catalog.programmes()).containsExactly(new CatalogContent.Programme("LAW", "Phổ biến pháp luật", "Legal awareness", false, null));
        assertThat(catalog.holidays()).containsExactly(new CatalogContent.Holiday(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), "Quốc khánh"));
        assertThat(catalog.venues()).containsExactly(new Venue("R1", "C1", "Phòng học số 1", "CENTRE_ROOM", 30, null));
        assertThat(catalog.courses()).singleElement().satisfies(c -> {
            assertThat(c.minAge()).isNull();
            assertThat(c.audienceGroups()).isEmpty();
            assertThat(c.fee()).isZero();
            assertThat(c.classes()).containsExactly(new ClassOffering("K1", "gv@hoctap.demo", null, "R1", 20,
                    LocalDate.of(2026, 9, 8), new CatalogContent.Schedule(List.of(DayOfWeek.TUESDAY), LocalTime.of(7, 30),
                    LocalTime.of(9, 0), 2)));
        });
    }

    @Test
    void requiredCoursesAreNamedByCodeAndMustBeCoursesOfTheFile(@TempDir Path folder) throws IOException {
        String second = CLASS.replace("courses:\n", "").replace("code: X1", "code: X2").replace("code: K1", "code: K2")
                .replace("7:30", "9:30").replace("9:00", "11:00");
        write(folder, CLASS + second.replace("    level: Phổ thông\n", "    level: Phổ thông\n    requires: [X1]\n"));

        CatalogContent catalog = new CatalogContentFiles(folder).catalog();

        assertThat(catalog.courses()).extracting(Course::code, Course::requires)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("X1", List.of()), org.assertj.core.groups.Tuple.tuple("X2", List.of("X1")));
        write(folder, CLASS.replace("    level: Phổ thông\n", "    level: Phổ thông\n    requires: [X9]\n"));
        assertRefused(folder, "X1", "'requires'", "X9");
        write(folder, CLASS.replace("    level: Phổ thông\n", "    level: Phổ thông\n    requires: [X1]\n"));
        assertRefused(folder, "X1", "'requires'", "itself");
        write(folder, CLASS.replace("    level: Phổ thông\n", "    level: Phổ thông\n    requires: X1\n"));
        assertRefused(folder, "'requires'", "list");
    }

    @Test
    void theDemoCoursesRequireOnlyCoursesOfTheirOwnCentre() {
        Map<String, Course> byCode = Real.CATALOG.courses().stream().collect(Collectors.toMap(Course::code, Function.identity()));
        assertThat(byCode.get("NT-TH-2026").requires()).as("office computing after basic digital skills")
                .containsExactly("NT-KNSO-2026");
        assertThat(Real.CATALOG.courses()).allSatisfy(c -> c.requires().forEach(code ->
                assertThat(byCode.get(code).centre()).as("%s requires %s", c.code(), code).isEqualTo(c.centre())));
    }

    @Test
    void aBadDateIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("2026-09-08", "2026-13-08"));
        assertRefused(folder, "'startDate'", "K1", "2026-13-08");
    }

    @Test
    void aBadDayNameIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("[TUESDAY]", "[TUESDAY, THURSTAY]"));
        assertRefused(folder, "'days'", "THURSTAY", "K1");
    }

    @Test
    void aBadTimeIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("\"9:00\"", "\"9h\""));
        assertRefused(folder, "'to'", "9h");
    }

    @Test
    void hoursEndingBeforeTheyStartAreRefused(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("\"9:00\"", "\"7:00\""));
        assertRefused(folder, "'from'", "'to'");
    }

    @Test
    void bothTeacherAndGuestSpeakerAreRefused(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("teacher: gv@hoctap.demo", "teacher: gv@hoctap.demo\n        guestSpeaker: Ông Trần Văn Khánh"));
        assertRefused(folder, "'teacher'", "'guestSpeaker'", "both", "K1");
    }

    @Test
    void neitherTeacherNorGuestSpeakerIsRefused(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("teacher: gv@hoctap.demo", ""));
        assertRefused(folder, "'teacher'", "'guestSpeaker'", "neither");
    }

    @Test
    void unknownWordsAreRefusedWithTheChoices(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("status: PUBLISHED", "status: OPEN"));
        assertRefused(folder, "'status'", "OPEN", "PUBLISHED", "course X1");

        write(folder, CLASS.replace("status: PUBLISHED", "status: PUBLISHED\n    audience: { groups: [WOMEN, STUDENTS] }"));
        assertRefused(folder, "'groups'", "STUDENTS", "WORKERS");

        write(folder, CLASS);
        Files.writeString(folder.resolve(CatalogContentFiles.VENUES),
                VENUES.replace("CENTRE_ROOM", "ROOM"), StandardCharsets.UTF_8);
        assertRefused(folder, CatalogContentFiles.VENUES, "'kind'", "OUTSIDE_PLACE");
    }

    @Test
    void badNumbersAreRefusedNamingTheField(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("weeks: 2", "weeks: 41"));
        assertRefused(folder, "'weeks'", "41");

        write(folder, CLASS.replace("capacity: 20", "capacity: twenty"));
        assertRefused(folder, "'capacity'", "twenty");

        write(folder, CLASS.replace("fee: 0", "fee: -100000"));
        assertRefused(folder, "'fee'", "-100000");
    }

    @Test
    void missingAndMisspeltFieldsAreRefusedNamingThem(@TempDir Path folder) throws IOException {
        write(folder, CLASS.replace("    title: Tìm hiểu pháp luật\n", ""));
        assertRefused(folder, "'title'", "course X1");

        write(folder, CLASS.replace("level: Phổ thông", "levle: Phổ thông"));
        assertRefused(folder, "'levle'");

        write(folder, CLASS);
        Files.writeString(folder.resolve(CatalogContentFiles.HOLIDAYS),
                "holidays:\n  - { from: 2026-09-01, name: Quốc khánh }\n", StandardCharsets.UTF_8);
        assertRefused(folder, CatalogContentFiles.HOLIDAYS, "'to'");
    }

    @Test
    void aMissingFileIsRefusedWithItsName(@TempDir Path folder) throws IOException {
        write(folder, CLASS);
        Files.delete(folder.resolve(CatalogContentFiles.VENUES));
        assertRefused(folder, CatalogContentFiles.VENUES);
    }

    // ---------------------------------------------------------------- helpers

    private static final String VENUES = """
            venues:
              - { code: R1, centre: C1, name: Phòng học số 1, kind: CENTRE_ROOM, capacity: 30 }
            """;

    private static final String CLASS = """
            courses:
              - code: X1
                centre: C1
                programme: LAW
                title: Tìm hiểu pháp luật
                summary: Một buổi nói chuyện.
                level: Phổ thông
                fee: 0
                status: PUBLISHED
                classes:
                  - code: K1
                    teacher: gv@hoctap.demo
                    venue: R1
                    capacity: 20
                    startDate: 2026-09-08
                    schedule:
                      days: [TUESDAY]
                      from: "7:30"
                      to: "9:00"
                      weeks: 2
            """;

    private static void write(Path folder, String courses) throws IOException {
        Files.writeString(folder.resolve(CatalogContentFiles.PROGRAMMES), """
                programmes:
                  - { code: LAW, nameVi: Phổ biến pháp luật, nameEn: Legal awareness, literacy: false }
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(CatalogContentFiles.HOLIDAYS), """
                holidays:
                  - { from: 2026-09-01, to: 2026-09-02, name: Quốc khánh }
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(CatalogContentFiles.VENUES), VENUES, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(CatalogContentFiles.COURSES), courses, StandardCharsets.UTF_8);
    }

    private static void assertRefused(Path folder, String... named) {
        var thrown = assertThatThrownBy(() -> new CatalogContentFiles(folder).catalog())
                .isInstanceOf(IllegalArgumentException.class);
        for (String part : named) {
            thrown.hasMessageContaining(part);
        }
    }

    private static ClassOffering offering(String code, String teacher, String guest, String venue, String start,
                                          List<DayOfWeek> days, String from, String to, int weeks) {
        return new ClassOffering(code, teacher, guest, venue, 10, LocalDate.parse(start),
                new CatalogContent.Schedule(days, LocalTime.parse(from), LocalTime.parse(to), weeks));
    }

    /**
     * Pairs of classes that share a venue or a teacher (guest speakers do not count), run in
     * overlapping date ranges, and meet on a common weekday at overlapping hours.
     */
    private static List<String> clashes(List<ClassOffering> offerings) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < offerings.size(); i++) {
            for (int j = i + 1; j < offerings.size(); j++) {
                ClassOffering a = offerings.get(i);
                ClassOffering b = offerings.get(j);
                boolean sameVenue = a.venue().equals(b.venue());
                boolean sameTeacher = a.teacher() != null && a.teacher().equals(b.teacher());
                boolean datesOverlap = !a.startDate().isAfter(b.endDate()) && !b.startDate().isAfter(a.endDate());
                boolean commonDay = !Collections.disjoint(a.schedule().days(), b.schedule().days());
                boolean hoursOverlap = a.schedule().from().isBefore(b.schedule().to())
                        && b.schedule().from().isBefore(a.schedule().to());
                if ((sameVenue || sameTeacher) && datesOverlap && commonDay && hoursOverlap) {
                    found.add(a.code() + " and " + b.code() + (sameVenue ? " in " + a.venue() : "")
                            + (sameTeacher ? " by " + a.teacher() : ""));
                }
            }
        }
        return found;
    }

    private static List<ClassOffering> classes() {
        return Real.CATALOG.courses().stream().flatMap(c -> c.classes().stream()).toList();
    }

    private static Set<String> centres() {
        return DEMO.organisation().districts().stream().flatMap(d -> d.wards().stream())
                .map(OrganisationContent.Ward::centre).map(OrganisationContent.Centre::code)
                .collect(Collectors.toSet());
    }

    private static boolean isHoliday(LocalDate day) {
        return Real.CATALOG.holidays().stream().anyMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to()));
    }

    private static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        Real.CATALOG.programmes().forEach(p -> texts.addAll(List.of(p.code(), p.nameVi(), p.nameEn())));
        Real.CATALOG.holidays().forEach(h -> texts.add(h.name()));
        Real.CATALOG.venues().forEach(v -> Stream.of(v.code(), v.name(), v.address()).filter(t -> t != null).forEach(texts::add));
        for (Course c : Real.CATALOG.courses()) {
            Stream.of(c.title(), c.summary(), c.description(), c.level(), c.prerequisites())
                    .filter(t -> t != null).forEach(texts::add);
            c.classes().forEach(k -> Stream.of(k.code(), k.teacher(), k.guestSpeaker())
                    .filter(t -> t != null).forEach(texts::add));
        }
        return texts;
    }
}
