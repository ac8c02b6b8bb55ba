package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoursePrerequisitesTest {

    private static final Programme DIGITAL = new Programme("DIGITAL_SKILLS", "Kỹ năng số", "Digital skills", false);

    private static Course course(String code, LearningCentre centre, String title) {
        return new Course(code, centre, DIGITAL, title, "Tóm tắt");
    }

    private static String refusalOf(Runnable change) {
        try {
            change.run();
            return null;
        } catch (InvalidInputException invalid) {
            assertThat(invalid.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("prerequisiteCourseIds"));
            return invalid.errors().get(0).messageKey();
        }
    }

    @Test
    void a_course_without_required_courses_is_open_to_anyone() {
        Course basics = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");

        assertThat(basics.prerequisitesMetBy(Set.of())).isTrue();
        assertThat(basics.missingPrerequisites(Set.of())).isEmpty();
    }

    @Test
    void the_learners_completed_courses_satisfy_it_only_when_every_required_course_is_among_them() {
        Course level1 = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");
        Course safety = course("BD-ANM", CatalogFixtures.BO_DE, "An toàn trên mạng");
        Course level2 = course("BD-TIN2", CatalogFixtures.BO_DE, "Tin học cơ bản 2");
        level2.requireCompletionOf(List.of(level1, safety));

        assertThat(level2.prerequisitesMetBy(Set.of())).isFalse();
        assertThat(level2.missingPrerequisites(Set.of())).as("by title").containsExactly(safety, level1);
        assertThat(level2.missingPrerequisites(Set.of("BD-TIN1", "BD-XMC1"))).containsExactly(safety);
        assertThat(level2.prerequisitesMetBy(Set.of("BD-TIN1", "BD-ANM"))).isTrue();
        assertThat(level2.prerequisitesMetBy(Set.of("BD-TIN1", "BD-ANM", "OTHER"))).isTrue();
    }

    @Test
    void naming_the_required_courses_again_replaces_them() {
        Course level1 = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");
        Course level2 = course("BD-TIN2", CatalogFixtures.BO_DE, "Tin học cơ bản 2");
        level2.requireCompletionOf(List.of(level1));

        level2.requireCompletionOf(List.of());

        assertThat(level2.requiredCourses()).isEmpty();
        assertThat(level2.prerequisitesMetBy(Set.of())).isTrue();
    }

    @Test
    void a_course_of_another_centre_of_the_same_district_may_be_required_but_not_one_of_another_district() {
        Course ngocThuy = course("NT-TIN1", CatalogFixtures.NGOC_THUY, "Tin học cơ bản (Ngọc Thụy)");
        LearningCentre phuLinh = new LearningCentre("TTHTCD-PL", "TTHTCĐ Phù Linh",
                AdministrativeUnit.city("HN", "Hà Nội").subUnit("HN-SS", "Sóc Sơn").subUnit("HN-SS-PL", "Phù Linh"),
                null, null, null);
        Course elsewhere = course("PL-TIN1", phuLinh, "Tin học cơ bản (Phù Linh)");
        Course level2 = course("BD-TIN2", CatalogFixtures.BO_DE, "Tin học cơ bản 2");

        assertThat(refusalOf(() -> level2.requireCompletionOf(List.of(ngocThuy)))).isNull();
        assertThat(refusalOf(() -> level2.requireCompletionOf(List.of(elsewhere)))).isEqualTo("course.requires.elsewhere");
        assertThat(level2.requiredCourses()).as("nothing changed on a refusal").containsExactly(ngocThuy);
    }

    @Test
    void a_course_cannot_require_itself() {
        Course level1 = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");

        assertThat(refusalOf(() -> level1.requireCompletionOf(List.of(level1)))).isEqualTo("course.requires.self");
    }

    @Test
    void a_course_cannot_require_one_that_requires_it_directly_or_through_others() {
        Course level1 = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");
        Course level2 = course("BD-TIN2", CatalogFixtures.BO_DE, "Tin học cơ bản 2");
        Course level3 = course("BD-TIN3", CatalogFixtures.BO_DE, "Tin học cơ bản 3");
        level2.requireCompletionOf(List.of(level1));
        level3.requireCompletionOf(List.of(level2));

        assertThat(refusalOf(() -> level1.requireCompletionOf(List.of(level2)))).isEqualTo("course.requires.cycle");
        assertThat(refusalOf(() -> level1.requireCompletionOf(List.of(level3)))).isEqualTo("course.requires.cycle");
        assertThat(level1.requiredCourses()).isEmpty();
        assertThat(refusalOf(() -> level3.requireCompletionOf(List.of(level1, level2)))).as("a shortcut is no cycle").isNull();
    }

    @Test
    void a_completed_course_keeps_the_prerequisites_it_had() {
        Course level1 = course("BD-TIN1", CatalogFixtures.BO_DE, "Tin học cơ bản 1");
        Course level2 = course("BD-TIN2", CatalogFixtures.BO_DE, "Tin học cơ bản 2");
        level2.moveTo(CourseStatus.CANCELLED);

        assertThatThrownBy(() -> level2.requireCompletionOf(List.of(level1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("course.closed"));
    }
}
