package vn.hoctap.portal.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.control.MaterialIndex;
import vn.hoctap.portal.search.control.MaterialQueryBuilder;
import vn.hoctap.portal.search.control.RelevanceEvaluation;

/**
 * Relevance of the search on the demo materials, measured with the judged queries of
 * {@code content/materials/relevance.yaml}: prints nDCG@10 and MRR per query, per kind and overall,
 * and keeps floors just under what the search achieves, so that a change to the analysis or the
 * weights cannot make it worse unnoticed. Raise the floors when an improvement lands.
 */
class MaterialRelevanceTest {

    /** overall floors: the figures achieved, rounded down a little */
    private static final double NDCG_FLOOR = 0.945;
    private static final double MRR_FLOOR = 0.985;
    /** per kind: nDCG@10 floors, the figures achieved rounded down a little */
    private static final Map<String, Double> KIND_FLOORS = Map.of(
            "DIACRITICS", 0.96, "ENGLISH", 0.80, "NFD", 0.95, "NO_DIACRITICS", 0.94, "OCR", 0.94,
            "PHRASE", 0.95, "PREFIX", 0.95, "TONE_EXACT", 0.97, "TWO_SYLLABLE", 0.97, "TYPO", 0.93);

    private static DemoCorpus corpus;
    private static MaterialIndex index;

    @BeforeAll
    static void indexTheDemoMaterials() {
        corpus = DemoCorpus.load();
        index = MaterialIndex.inMemory(MaterialIndex.Options.DEFAULT.withCommitDelay(Duration.ZERO)
                .withSubjectNames(DemoCorpus.subjectNames()), new MaterialQueryBuilder());
        List<MaterialDocument> documents = corpus.documents();
        index.rebuild(documents.iterator(), documents.size(), MaterialIndex.RebuildProgress.NONE);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void judgedQueriesRankTheRelevantMaterialsFirst() {
        List<RelevanceEvaluation.Judged> judged = DemoCorpus.judgedQueries();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
        RelevanceEvaluation.Summary summary = RelevanceEvaluation.evaluate(judged, q ->
                index.search(MaterialQuery.of(q)).hits().stream().map(hit -> corpus.key(hit.id())).toList());

        for (RelevanceEvaluation.QueryScore score : summary.queries()) {
            System.out.printf(Locale.ROOT, "nDCG@10 %.3f  RR %.3f  %-40s %s%n      got %s%n", score.ndcg(),
                    score.reciprocalRank(), score.judged().query(), score.judged().kinds(), score.ranked());
        }
        summary.byKind().forEach((kind, figures) -> System.out.printf(Locale.ROOT,
                "kind %-14s nDCG@10 %.3f  MRR %.3f  (%d queries)%n", kind, figures[0], figures[1], (int) figures[2]));
        System.out.printf(Locale.ROOT, "overall: nDCG@10 %.3f  MRR %.3f  (%d queries, %d materials)%n", summary.ndcg(),
                summary.mrr(), summary.queries().size(), corpus.documents().size());

        assertThat(summary.ndcg()).as("overall nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(summary.mrr()).as("overall MRR").isGreaterThanOrEqualTo(MRR_FLOOR);
        KIND_FLOORS.forEach((kind, floor) -> {
            assertThat(summary.byKind()).as("queries of kind " + kind).containsKey(kind);
            assertThat(summary.byKind().get(kind)[0]).as("nDCG@10 of " + kind).isGreaterThanOrEqualTo(floor);
        });
    }

    @Test
    void everyJudgedMaterialIsAPublishedDemoMaterial() {
        List<String> keys = corpus.documents().stream().map(d -> corpus.key(d.id())).toList();
        for (RelevanceEvaluation.Judged judged : DemoCorpus.judgedQueries()) {
            assertThat(keys).as(judged.query()).containsAll(judged.grades().keySet());
        }
    }
}
