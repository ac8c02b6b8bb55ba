package vn.hoctap.portal.enrolment.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.entity.CatalogFixtures;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.Programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Programme literacy1() {
        Programme p = new Programme("LITERACY_1", "Xóa mù chữ giai đoạn 1", "Literacy, phase 1", true);
        p.admit(15, 60, null, null);
        return p;
    }

    private static Programme literacy2() {
        Programme p = new Programme("LITERACY_2", "Xóa mù chữ giai đoạn 2", "Literacy, phase 2", true);
        p.admit(15, 60, literacy1(), 3);
        return p;
    }

    private static ClassOffering classOf(Programme programme, Integer courseMin, Integer courseMax) {
        Course course = new Course("C", CatalogFixtures.BO_DE, programme, "Lớp", "Tóm tắt");
        course.describe(null, courseMin, courseMax, null, null, null);
        course.moveTo(CourseStatus.PUBLISHED);
        return new ClassOffering("K", course, CatalogFixtures.TEACHER_BO_DE, null, CatalogFixtures.ROOM_1, 25,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));
    }

    private static Eligibility.Facts born(Integer year) {
        return new Eligibility.Facts(year, null, false, List.of());
    }

    private static String refusalOf(ClassOffering offering, Eligibility.Facts facts) {
        return Eligibility.refusal(offering, facts, TODAY).map(EnrolmentRefused::messageKey).orElse(null);
    }

    @Test
    void literacy_admits_learners_from_15_to_60_in_the_current_year() {
        ClassOffering literacy = classOf(literacy1(), null, null);

        assertThat(refusalOf(literacy, born(2011))).as("15 this year").isNull();
        assertThat(refusalOf(literacy, born(1966))).as("60 this year").isNull();
        assertThat(refusalOf(literacy, born(2012))).as("14").isEqualTo("enrolment.refused.age");
        assertThat(refusalOf(literacy, born(1965))).as("61").isEqualTo("enrolment.refused.age");
        assertThat(Eligibility.refusal(literacy, born(1965), TODAY).orElseThrow().arguments()).containsExactly(15, 60, 61);
    }

    @Test
    void the_narrower_of_the_course_and_programme_ranges_applies_and_an_unknown_birth_year_is_asked_for() {
        ClassOffering literacyForYouth = classOf(literacy1(), 18, 35);

        assertThat(refusalOf(literacyForYouth, born(2010))).isEqualTo("enrolment.refused.age");
        assertThat(refusalOf(literacyForYouth, born(1995))).isNull();
        assertThat(refusalOf(literacyForYouth, born(null))).isEqualTo("enrolment.refused.birthYear");
        assertThat(refusalOf(classOf(new Programme("LAW", "Pháp luật", "Law", false), null, null), born(null)))
                .as("no age rule, no birth year needed").isNull();
    }

    @Test
    void phase_2_needs_phase_1_completed_or_grade_3_finished() {
        ClassOffering phase2 = classOf(literacy2(), null, null);

        assertThat(refusalOf(phase2, born(1980))).isEqualTo("enrolment.refused.requires");
        assertThat(refusalOf(phase2, new Eligibility.Facts(1980, null, true, List.of()))).isNull();
        assertThat(refusalOf(phase2, new Eligibility.Facts(1980, 3, false, List.of()))).isNull();
        assertThat(refusalOf(phase2, new Eligibility.Facts(1980, 2, false, List.of()))).isEqualTo("enrolment.refused.requires");
    }

    @Test
    void a_class_meeting_at_the_same_time_as_another_of_the_learners_is_refused_naming_it() {
        var refusal = Eligibility.refusal(classOf(literacy1(), null, null),
                new Eligibility.Facts(1980, null, false, List.of("Tin học cơ bản (BD-TH-A)")), TODAY).orElseThrow();

        assertThat(refusal.messageKey()).isEqualTo("enrolment.refused.overlap");
        assertThat(refusal.arguments()).containsExactly("Tin học cơ bản (BD-TH-A)");
    }

    @Test
    void draft_cancelled_or_ended_classes_take_no_enrolments() {
        Course draft = new Course("D", CatalogFixtures.BO_DE, literacy1(), "Nháp", "Tóm tắt");
        ClassOffering ofDraft = new ClassOffering("K", draft, CatalogFixtures.TEACHER_BO_DE, null, CatalogFixtures.ROOM_1, 25,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));
        assertThat(refusalOf(ofDraft, born(1980))).isEqualTo("enrolment.refused.closed");

        ClassOffering ended = classOf(literacy1(), null, null);
        assertThat(Eligibility.refusal(ended, born(1980), LocalDate.of(2027, 4, 1)).map(EnrolmentRefused::messageKey))
                .contains("enrolment.refused.closed");
    }

    @Test
    void a_course_requiring_others_names_those_not_completed_and_admits_once_they_are() {
        Programme digital = new Programme("DIGITAL_SKILLS", "Kỹ năng số", "Digital skills", false);
        Course level1 = new Course("BD-TIN1", CatalogFixtures.BO_DE, digital, "Tin học cơ bản 1", "Tóm tắt");
        Course safety = new Course("BD-ANM", CatalogFixtures.BO_DE, digital, "An toàn trên mạng", "Tóm tắt");
        Course level2 = new Course("BD-TIN2", CatalogFixtures.BO_DE, digital, "Tin học cơ bản 2", "Tóm tắt");
        level2.requireCompletionOf(List.of(level1, safety));
        level2.moveTo(CourseStatus.PUBLISHED);
        ClassOffering offering = new ClassOffering("K", level2, CatalogFixtures.TEACHER_BO_DE, null, CatalogFixtures.ROOM_1, 25,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));

        var refusal = Eligibility.refusal(offering, withCourses(), TODAY).orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo(Eligibility.PREREQUISITES);
        assertThat(refusal.arguments()).containsExactly("An toàn trên mạng, Tin học cơ bản 1");
        assertThat(Eligibility.refusal(offering, withCourses("BD-ANM"), TODAY).orElseThrow().arguments())
                .containsExactly("Tin học cơ bản 1");
        assertThat(refusalOf(offering, withCourses("BD-ANM", "BD-TIN1"))).isNull();
    }

    @Test
    void the_prerequisite_rule_comes_after_every_other_so_its_refusal_means_the_rest_is_met() {
        Course required = new Course("BD-TIN1", CatalogFixtures.BO_DE, literacy1(), "Tin học cơ bản 1", "Tóm tắt");
        ClassOffering literacy = classOf(literacy1(), null, null);
        literacy.course().requireCompletionOf(List.of(required));

        assertThat(refusalOf(literacy, new Eligibility.Facts(2014, null, false, List.of(), Set.of())))
                .isEqualTo("enrolment.refused.age");
        assertThat(refusalOf(literacy, new Eligibility.Facts(1980, null, false, List.of("Lớp khác (K2)"), Set.of())))
                .isEqualTo("enrolment.refused.overlap");
        assertThat(refusalOf(literacy, withCourses())).isEqualTo(Eligibility.PREREQUISITES);
    }

    private static Eligibility.Facts withCourses(String... codes) {
        return new Eligibility.Facts(1980, null, false, List.of(), Set.of(codes));
    }
}
