package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceEvaluationTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1);

    @Test
    void theIdealRankingScoresOne() {
        assertThat(RelevanceEvaluation.ndcg(List.of("a", "b", "x"), GRADES)).isCloseTo(1.0, within(1e-9));
        assertThat(RelevanceEvaluation.reciprocalRank(List.of("a", "b"), GRADES)).isEqualTo(1.0);
    }

    @Test
    void aSwappedRankingScoresByTheLogarithmicDiscount() {
        // DCG = 1/log2(2) + 3/log2(3); ideal = 3 + 1/log2(3)
        double expected = (1 + 3 / log2(3)) / (3 + 1 / log2(3));
        assertThat(RelevanceEvaluation.ndcg(List.of("b", "a"), GRADES)).isCloseTo(expected, within(1e-9));
        assertThat(RelevanceEvaluation.reciprocalRank(List.of("x", "y", "b"), GRADES)).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void nothingRelevantInTheTopTenScoresZero() {
        List<String> misses = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "a");
        assertThat(RelevanceEvaluation.ndcg(misses, GRADES)).isZero();
        assertThat(RelevanceEvaluation.reciprocalRank(misses, GRADES)).isZero();
    }

    @Test
    void theSummaryAveragesOverQueriesAndPerKind() {
        var judged = List.of(
                new RelevanceEvaluation.Judged("q1", List.of("plain"), GRADES),
                new RelevanceEvaluation.Judged("q2", List.of("plain", "ocr"), GRADES));
        var summary = RelevanceEvaluation.evaluate(judged, q -> q.equals("q1") ? List.of("a", "b") : List.of());
        assertThat(summary.ndcg()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.mrr()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.byKind().get("ocr")).containsExactly(0.0, 0.0, 1.0);
        assertThat(summary.byKind().get("plain")[0]).isCloseTo(0.5, within(1e-9));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
