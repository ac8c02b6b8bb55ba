package vn.hoctap.portal.assessment.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.assessment.entity.Scorecard.Reason;
import vn.hoctap.portal.platform.content.CriteriaContentFiles;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The recognition rules of every criteria set in content/criteria, at their boundaries. */
class ShippedCriteriaSetsTest {

    static List<CriteriaSet> shipped() {
        return new CriteriaContentFiles(Path.of("../content")).sets().stream()
                .map(d -> CriteriaSet.publish(d, null, Instant.parse("2026-01-05T02:00:00Z"))).toList();
    }

    @Test
    void all_five_titles_and_the_three_citizen_groups_are_shipped_as_editable_templates() {
        List<CriteriaSet> sets = shipped();

        assertThat(sets).extracting(CriteriaSet::kind).containsOnly(TitleKind.values())
                .contains(TitleKind.values());
        assertThat(sets).filteredOn(s -> s.kind() == TitleKind.CITIZEN).extracting(CriteriaSet::citizenGroup)
                .containsExactlyInAnyOrder(CitizenGroup.values());
        assertThat(sets).allSatisfy(s -> {
            assertThat(s.template()).as(s.code()).isTrue();
            assertThat(s.source()).as(s.code()).contains("Mẫu do dự án soạn");
            assertThat(s.maxTotal()).as(s.code()).isEqualTo(100);
            assertThat(s.indicators()).extracting(Indicator::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, s.indicators().size()).boxed().toList());
        });
    }

    @Test
    void the_learning_citizen_sets_have_three_competency_groups_with_ten_indicators_and_the_80_and_5_rule() {
        assertThat(shipped()).filteredOn(s -> s.kind() == TitleKind.CITIZEN).hasSize(3).allSatisfy(s -> {
            assertThat(s.criteria()).extracting(Criterion::title).containsExactly(
                    "Năng lực tự học và học tập suốt đời", "Năng lực sử dụng công cụ tương tác",
                    "Năng lực xây dựng quan hệ xã hội");
            assertThat(s.indicators()).hasSize(10);
            assertThat(s.rule().minTotal()).isEqualTo(80);
            assertThat(s.rule().minEachIndicator()).isEqualTo(5);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void full_points_meet_the_rule(CriteriaSet set) {
        Scorecard card = set.score(full(set));

        assertThat(card.meetsRule()).isTrue();
        assertThat(card.total()).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void exactly_the_minimum_total_meets_the_rule_and_one_point_less_does_not(CriteriaSet set) {
        Map<Integer, Integer> points = atTotal(set, set.rule().minTotal());
        assertThat(points.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(set.rule().minTotal());

        assertThat(set.score(points).meetsRule()).as("exactly %d points", set.rule().minTotal()).isTrue();

        Map<Integer, Integer> oneLess = atTotal(set, set.rule().minTotal() - 1);
        Scorecard card = set.score(oneLess);
        assertThat(card.meetsRule()).isFalse();
        assertThat(card.shortfalls()).containsExactly(
                new Scorecard.Shortfall(Reason.TOTAL_BELOW, 0, set.rule().minTotal() - 1, set.rule().minTotal()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void an_indicator_at_4_fails_where_each_indicator_needs_5_even_with_enough_points(CriteriaSet set) {
        Indicator plain = set.indicators().stream().filter(i -> !i.mandatory()).reduce((a, b) -> b).orElseThrow();
        Map<Integer, Integer> points = full(set);
        points.put(plain.number(), 4);

        Scorecard card = set.score(points);

        assertThat(card.total()).isGreaterThanOrEqualTo(set.rule().minTotal());
        if (set.rule().minEachIndicator() == null) {
            assertThat(card.meetsRule()).as("this set has no minimum per indicator").isTrue();
        } else {
            assertThat(card.shortfalls()).containsExactly(new Scorecard.Shortfall(Reason.INDICATOR_BELOW, plain.number(), 4, 5));
            points.put(plain.number(), 5);
            assertThat(set.score(points).meetsRule()).as("5 is enough").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void a_mandatory_indicator_below_its_minimum_fails_whatever_the_total(CriteriaSet set) {
        List<Indicator> mandatory = set.indicators().stream().filter(Indicator::mandatory).toList();
        if (mandatory.isEmpty()) {
            return;
        }
        for (Indicator indicator : mandatory) {
            Map<Integer, Integer> points = full(set);
            points.put(indicator.number(), indicator.minPoints() - 1);
            Scorecard card = set.score(points);
            assertThat(card.shortfalls()).as("indicator %d", indicator.number())
                    .contains(new Scorecard.Shortfall(Reason.MANDATORY_BELOW, indicator.number(), indicator.minPoints() - 1,
                            indicator.minPoints()));
            points.put(indicator.number(), indicator.minPoints());
            assertThat(set.score(points).shortfalls()).extracting(Scorecard.Shortfall::reason)
                    .doesNotContain(Reason.MANDATORY_BELOW);
        }
    }

    @Test
    void the_family_set_makes_schooling_and_literacy_mandatory() {
        CriteriaSet family = shipped().stream().filter(s -> s.kind() == TitleKind.FAMILY).findFirst().orElseThrow();

        assertThat(family.indicators()).filteredOn(Indicator::mandatory).extracting(Indicator::number).containsExactly(1, 2, 9);
        assertThat(family.indicator(9).orElseThrow().minPoints()).isEqualTo(5);
        assertThat(family.indicator(1).orElseThrow().minPoints()).as("mandatory without a minimum: all of it").isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void unanswered_indicators_are_named_first(CriteriaSet set) {
        Map<Integer, Integer> points = full(set);
        points.remove(2);

        Scorecard card = set.score(points);

        assertThat(card.complete()).isFalse();
        assertThat(card.shortfalls().get(0)).isEqualTo(new Scorecard.Shortfall(Reason.UNANSWERED, 2, 0,
                set.indicator(2).orElseThrow().maxPoints()));
    }

    static Map<Integer, Integer> full(CriteriaSet set) {
        Map<Integer, Integer> points = new HashMap<>();
        set.indicators().forEach(i -> points.put(i.number(), i.maxPoints()));
        return points;
    }

    /** Every indicator at its maximum, then lowered towards its own floor from the last one until the total is reached. */
    static Map<Integer, Integer> atTotal(CriteriaSet set, int total) {
        Map<Integer, Integer> points = full(set);
        int excess = set.maxTotal() - total;
        List<Indicator> indicators = set.indicators();
        for (int k = indicators.size() - 1; k >= 0 && excess > 0; k--) {
            Indicator i = indicators.get(k);
            int floor = Math.max(i.mandatory() ? i.minPoints() : 0,
                    set.rule().minEachIndicator() == null ? 0 : set.rule().minEachIndicator());
            int lower = Math.min(excess, i.maxPoints() - floor);
            points.put(i.number(), i.maxPoints() - lower);
            excess -= lower;
        }
        assertThat(excess).as("the set leaves room to reach %d", total).isZero();
        return points;
    }
}
