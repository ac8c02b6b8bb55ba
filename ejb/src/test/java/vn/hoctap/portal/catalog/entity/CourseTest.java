package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseTest {

    @Test
    void a_course_goes_from_draft_through_published_and_running_to_completed() {
        Course course = CatalogFixtures.literacyCourse();
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.status().visibleInCatalog()).isFalse();

        course.moveTo(CourseStatus.PUBLISHED);
        assertThat(course.status().visibleInCatalog()).isTrue();
        course.moveTo(CourseStatus.RUNNING);
        course.moveTo(CourseStatus.COMPLETED);

        assertThat(course.status()).isEqualTo(CourseStatus.COMPLETED);
    }

    @Test
    void a_step_the_life_does_not_allow_is_refused_with_both_states_named() {
        Course course = CatalogFixtures.literacyCourse();

        assertThatThrownBy(() -> course.moveTo(CourseStatus.COMPLETED))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("course.status.notAllowed");
                    assertThat(e.arguments()).containsExactly("DRAFT", "COMPLETED");
                });
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"DRAFT", "PUBLISHED", "RUNNING"})
    void any_course_not_yet_finished_can_be_cancelled(CourseStatus from) {
        assertThat(from.next()).contains(CourseStatus.CANCELLED);
    }

    @Test
    void completed_and_cancelled_courses_are_final() {
        assertThat(CourseStatus.COMPLETED.next()).isEmpty();
        assertThat(CourseStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void a_negative_fee_is_refused_on_the_fee_field() {
        Course course = CatalogFixtures.literacyCourse();
        assertThatThrownBy(() -> course.charge(-1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new InvalidInputException.FieldError("fee", "course.fee.negative")));
        course.charge(0);
        assertThat(course.fee()).isZero();
    }

    @Test
    void the_audience_ages_must_make_a_range_and_decide_who_is_admitted() {
        Course course = CatalogFixtures.literacyCourse();
        assertThatThrownBy(() -> course.describe(null, 60, 15, Set.of(), null, null))
                .isInstanceOf(InvalidInputException.class);

        course.describe("Mô tả", 15, 60, EnumSet.of(TargetGroup.WOMEN, TargetGroup.NEWCOMERS), "Cơ bản", null);

        assertThat(course.admitsAge(15)).isTrue();
        assertThat(course.admitsAge(60)).isTrue();
        assertThat(course.admitsAge(14)).isFalse();
        assertThat(course.admitsAge(61)).isFalse();
        assertThat(course.audienceGroups()).containsExactlyInAnyOrder(TargetGroup.WOMEN, TargetGroup.NEWCOMERS);
    }

    @Test
    void target_groups_are_stored_as_one_sorted_column_and_read_back() {
        var converter = new TargetGroup.SetConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(TargetGroup.NEWCOMERS, TargetGroup.DISABILITIES));

        assertThat(column).isEqualTo("DISABILITIES,NEWCOMERS");
        assertThat(converter.convertToEntityAttribute(column)).containsExactlyInAnyOrder(TargetGroup.DISABILITIES, TargetGroup.NEWCOMERS);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }

    @Test
    void a_rewritten_title_is_found_by_the_catalog_with_or_without_diacritics() {
        Course course = CatalogFixtures.literacyCourse();
        course.moveTo(CourseStatus.PUBLISHED);

        course.rewrite(course.programme(), "Xóa mù chữ buổi sáng", "Lớp cho người lớn tuổi");

        assertThat(course.title()).isEqualTo("Xóa mù chữ buổi sáng");
        assertThat(course.searchText()).contains("xoa mu chu buoi sang", "lop cho nguoi lon tuoi");
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"COMPLETED", "CANCELLED"})
    void a_completed_or_cancelled_course_is_history_and_cannot_be_rewritten(CourseStatus end) {
        Course course = CatalogFixtures.literacyCourse();
        if (end == CourseStatus.COMPLETED) {
            course.moveTo(CourseStatus.PUBLISHED);
            course.moveTo(CourseStatus.RUNNING);
        }
        course.moveTo(end);

        assertThatThrownBy(() -> course.rewrite(course.programme(), "Tên mới", "Tóm tắt mới"))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", "course.closed");
        assertThatThrownBy(() -> course.charge(10_000)).isInstanceOf(BusinessException.class);
        assertThat(course.title()).isNotEqualTo("Tên mới");
    }
}
