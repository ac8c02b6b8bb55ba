package vn.hoctap.portal.assessment.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaVersioningTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    static CriteriaDefinition definition(String name, int minTotal, Integer minEach, int... maxPoints) {
        List<CriteriaDefinition.Indicator> indicators = java.util.Arrays.stream(maxPoints)
                .mapToObj(p -> new CriteriaDefinition.Indicator("Chỉ số " + p, p, null, false, null)).toList();
        return new CriteriaDefinition("TEST-SET", TitleKind.CITIZEN, CitizenGroup.WORKER, name, "Mẫu", 2021, 2030, true,
                minTotal, minEach, List.of(new CriteriaDefinition.Criterion("1", "Tiêu chí 1", indicators)));
    }

    @Test
    void a_version_no_assessment_used_may_be_revised_in_place() {
        CriteriaSet set = CriteriaSet.publish(definition("Bản đầu", 10, null, 10, 10), null, NOW);

        set.revise(definition("Bản sửa lỗi chính tả", 12, null, 10, 10), 0);

        assertThat(set.name()).isEqualTo("Bản sửa lỗi chính tả");
        assertThat(set.rule().minTotal()).isEqualTo(12);
        assertThat(set.versionNumber()).isEqualTo(1);
    }

    @Test
    void a_version_an_assessment_was_made_against_refuses_edits() {
        CriteriaSet set = CriteriaSet.publish(definition("Bản đầu", 10, null, 10, 10), null, NOW);

        assertThatThrownBy(() -> set.revise(definition("Sửa", 10, null, 10, 10), 1))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("criteria.inUse");
        assertThat(set.name()).isEqualTo("Bản đầu");
    }

    @Test
    void a_new_version_becomes_current_keeps_the_code_title_and_group_and_the_old_one_stays_as_it_was() {
        CriteriaSet first = CriteriaSet.publish(definition("Bản 2021", 15, 5, 10, 10), null, NOW);

        CriteriaDefinition official = new CriteriaDefinition("OTHER", TitleKind.UNIT, null, "Bản chính thức của thành phố",
                "Quyết định số 1/QĐ-UBND", 2026, 2030, false, 18, 5,
                definition("x", 0, null, 10, 10).criteria());
        CriteriaSet second = first.nextVersion(official, 2, 7L, NOW);

        assertThat(first.current()).isFalse();
        assertThat(first.name()).isEqualTo("Bản 2021");
        assertThat(first.rule().minTotal()).isEqualTo(15);
        assertThat(second.current()).isTrue();
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(second.code()).isEqualTo("TEST-SET");
        assertThat(second.kind()).isEqualTo(TitleKind.CITIZEN);
        assertThat(second.citizenGroup()).isEqualTo(CitizenGroup.WORKER);
        assertThat(second.template()).isFalse();
        assertThat(second.rule().minTotal()).isEqualTo(18);
        assertThatThrownBy(() -> second.nextVersion(official, 2, 7L, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_broken_definition_is_refused_with_every_field_named() {
        CriteriaDefinition broken = new CriteriaDefinition("TEST-SET", TitleKind.CITIZEN, null, " ", null, 2030, 2021, true,
                50, 20, List.of(new CriteriaDefinition.Criterion("1", "Tiêu chí",
                List.of(new CriteriaDefinition.Indicator("", 0, null, false, null),
                        new CriteriaDefinition.Indicator("Chỉ số", 10, 12, true, null)))));

        assertThatThrownBy(() -> CriteriaSet.publish(broken, null, NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::messageKey)
                        .containsExactlyInAnyOrder("criteria.group.required", "criteria.name.required", "criteria.period.invalid",
                                "criteria.indicator.text.required", "criteria.indicator.maxPoints.range",
                                "criteria.indicator.minPoints.range", "criteria.minTotal.range", "criteria.minEach.range"));
    }

    @Test
    void a_title_other_than_the_citizen_has_no_citizen_group() {
        CriteriaDefinition family = new CriteriaDefinition("GD", TitleKind.FAMILY, CitizenGroup.STUDENT, "Gia đình", null,
                2021, 2030, true, 5, null, definition("x", 0, null, 10).criteria());

        assertThatThrownBy(() -> CriteriaSet.publish(family, null, NOW)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::messageKey)
                        .containsExactly("criteria.group.notForKind"));
    }
}
