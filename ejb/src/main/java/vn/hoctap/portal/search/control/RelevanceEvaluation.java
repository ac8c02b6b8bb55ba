package vn.hoctap.portal.search.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures ranking quality against judged queries, so that tuning the analysis or the weights is a
 * number and not an impression: nDCG@10 with graded judgements (gain 2^grade − 1, grade 2 = what the
 * query is about, 1 = useful too) and the reciprocal rank of the first relevant hit in the top ten
 * (MRR over the queries). Pure arithmetic over material keys; the caller runs the searches.
 */
public final class RelevanceEvaluation {

    public static final int CUTOFF = 10;

    /** A query with its kinds (e.g. no-diacritics, ocr, typo) and its relevant keys with grades 1 or 2. */
    public record Judged(String query, List<String> kinds, Map<String, Integer> grades) {
        public Judged {
            kinds = List.copyOf(kinds);
            grades = Map.copyOf(grades);
        }
    }

    /** One query's figures and what the search ranked (top ten). */
    public record QueryScore(Judged judged, double ndcg, double reciprocalRank, List<String> ranked) {
    }

    /** Means over all queries (relevance figures) and per kind (kind → {nDCG, MRR, queries}). */
    public record Summary(List<QueryScore> queries, double ndcg, double mrr, Map<String, double[]> byKind) {
    }

    private RelevanceEvaluation() {
    }

    public static Summary evaluate(List<Judged> judged, Function<String, List<String>> search) {
        List<QueryScore> scores = new ArrayList<>();
        for (Judged query : judged) {
            List<String> ranked = search.apply(query.query());
            List<String> top = ranked.subList(0, Math.min(CUTOFF, ranked.size()));
            scores.add(new QueryScore(query, ndcg(top, query.grades()), reciprocalRank(top, query.grades()), List.copyOf(top)));
        }
        Map<String, double[]> byKind = new TreeMap<>();
        for (QueryScore score : scores) {
            for (String kind : score.judged().kinds()) {
                double[] sums = byKind.computeIfAbsent(kind, k -> new double[3]);
                sums[0] += score.ndcg();
                sums[1] += score.reciprocalRank();
                sums[2]++;
            }
        }
        Map<String, double[]> means = new LinkedHashMap<>();
        byKind.forEach((kind, sums) -> means.put(kind, new double[]{sums[0] / sums[2], sums[1] / sums[2], sums[2]}));
        double ndcg = scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
        double mrr = scores.stream().mapToDouble(QueryScore::reciprocalRank).average().orElse(0);
        return new Summary(List.copyOf(scores), ndcg, mrr, means);
    }

    /** nDCG of a ranking cut at {@link #CUTOFF}: its DCG over the best DCG the judgements allow. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().limit(CUTOFF).map(key -> grades.getOrDefault(key, 0)).toList()) / ideal;
    }

    /** 1 / rank of the first hit with a grade above 0 in the top {@link #CUTOFF}, or 0. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < Math.min(CUTOFF, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
