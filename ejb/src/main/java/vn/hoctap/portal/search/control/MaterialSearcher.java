package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.FacetValue;
import vn.hoctap.portal.search.boundary.MaterialHit;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.boundary.MaterialSort;
import vn.hoctap.portal.search.boundary.MaterialSuggestion;

/**
 * Runs one {@link MaterialQuery} on one searcher: the core query (strict, then relaxed when nothing
 * matches all syllables) rescored by the boosts, the filters as drill-down dimensions so that a filtered dimension still
 * counts its alternatives (drill-sideways), exact hit counts, the page's stored fields and
 * highlights (only the shown hits are highlighted), and a did-you-mean when the result is thin, spelled
 * as the materials spell it when the resident typed without tones.
 */
final class MaterialSearcher {

    /** fewer hits than this and a correction that finds at least as many is offered */
    static final int DID_YOU_MEAN_BELOW = 3;
    private static final int PLAIN_SNIPPET_CHARS = 200;
    /** core matches the boosts reorder: a phrase or a tone match ranks anywhere among them */
    static final int RESCORE_WINDOW = 200;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(MaterialSchema.PUBLISHED, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private static final Set<String> HIT_AND_TEXT = union(MaterialDocuments.HIT_FIELDS, Set.of(MaterialSchema.TEXT));

    private final MaterialSchema schema;
    private final MaterialQueryBuilder builder;
    private final SpellingCorrector corrector = new SpellingCorrector();
    private final TonedSpelling spelling;
    private final TitleSuggester suggester;

    MaterialSearcher(MaterialSchema schema, MaterialQueryBuilder builder) {
        this.schema = schema;
        this.builder = builder;
        this.suggester = new TitleSuggester(new MaterialDocuments(schema));
        this.spelling = new TonedSpelling(schema);
    }

    MaterialResults search(FacetedSearcher searcher, MaterialQuery query) throws IOException {
        QueryText text = QueryText.parse(schema, query.text());
        boolean relaxed = false;
        MaterialQueryBuilder.Built built = text.isEmpty() ? null : builder.build(text, searcher.getIndexReader(), false);
        Execution run = execute(searcher, built, query);
        if (run.total() == 0 && text.folded().stream().distinct().count() > 1) {
            relaxed = true;
            built = builder.build(text, searcher.getIndexReader(), true);
            run = execute(searcher, built, query);
        }
        Optional<String> didYouMean = text.isEmpty() || run.total() >= DID_YOU_MEAN_BELOW
                ? Optional.empty() : correction(searcher, text, query, run.total());
        List<MaterialHit> hits = page(searcher, run.top(), query, built == null ? null : built.marks());
        return new MaterialResults(run.total(), hits, run.facets(), didYouMean, relaxed, query.page(), query.size());
    }

    List<MaterialSuggestion> suggest(FacetedSearcher searcher, String typed, int max) throws IOException {
        return suggester.suggest(searcher, typed, max);
    }

    private record Execution(TopDocs top, long total, Map<FacetDimension, List<FacetValue>> facets) {
    }

    /**
     * Matches with the core query (exact total, facets) and, for relevance order, rescores the best
     * {@link #RESCORE_WINDOW} core matches with the boosts: the boosts then cost the same for a query
     * with ten hits as for one with fifty thousand.
     */
    private Execution execute(FacetedSearcher searcher, MaterialQueryBuilder.Built built, MaterialQuery query)
            throws IOException {
        int wanted = (query.page() + 1) * query.size();
        if (built == null || query.sort() == MaterialSort.DATE) {
            Query lucene = built == null ? new MatchAllDocsQuery() : built.core();
            return execute(searcher, lucene, query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE));
        }
        int window = Math.max(RESCORE_WINDOW, wanted);
        Execution first = execute(searcher, built.core(), query, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE));
        if (built.boosts() == null) {
            return first;
        }
        TopDocs rescored = new QueryRescorer(built.boosts()) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
            }
        }.rescore(searcher, first.top(), wanted);
        return new Execution(rescored, first.total(), first.facets());
    }

    private <R extends TopDocs> Execution execute(FacetedSearcher searcher, Query lucene, MaterialQuery query,
                                                  CollectorManager<?, R> hits) throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), lucene);
        query.filters().forEach((dimension, values) ->
                drillDown.add(MaterialSchema.facetDim(dimension), filter(dimension, values)));
        if (searcher.facetState() == null) {
            R top = searcher.search(drillDown, hits);
            return new Execution(top, top.totalHits.value, FacetTally.empty());
        }
        DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), searcher.facetState());
        DrillSideways.ConcurrentDrillSidewaysResult<R> result = sideways.search(drillDown, hits);
        R top = result.collectorResult;
        return new Execution(top, top.totalHits.value, FacetTally.read(result.facets, query.filters()));
    }

    private static Query filter(FacetDimension dimension, Set<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(MaterialSchema.filterField(dimension), terms);
    }

    private Optional<String> correction(FacetedSearcher searcher, QueryText text, MaterialQuery query, long total)
            throws IOException {
        Optional<String> corrected = corrector.correct(text, searcher.getIndexReader());
        if (corrected.isEmpty()) {
            return corrected;
        }
        QueryText correctedText = QueryText.parse(schema, corrected.get());
        BooleanQuery.Builder count = new BooleanQuery.Builder()
                .add(builder.core(correctedText, searcher.getIndexReader(), false), Occur.MUST);
        query.filters().forEach((dimension, values) -> count.add(filter(dimension, values), Occur.FILTER));
        // shown when it finds at least as much: fuzzy matching may have found the same already, but the
        // resident still learns the spelling that the materials use
        TopDocs found = searcher.search(count.build(),
                new TopScoreDocCollectorManager(TonedSpelling.DOCUMENTS, null, Integer.MAX_VALUE));
        if (found.totalHits.value == 0 || found.totalHits.value < total) {
            return Optional.empty();
        }
        // typed with tones: the resident's own choice of tones is not second-guessed, the correction stays folded
        return text.hasTones() ? corrected : Optional.of(spelling.of(correctedText.folded(), searcher.getIndexReader(),
                searcher.storedFields(), docIds(found.scoreDocs, 0, found.scoreDocs.length)));
    }

    /** The requested page's hits, highlighted when there is a query to mark. */
    private List<MaterialHit> page(FacetedSearcher searcher, TopDocs top, MaterialQuery query, Query marked)
            throws IOException {
        int from = query.page() * query.size();
        int to = Math.min(top.scoreDocs.length, from + query.size());
        if (from >= to) {
            return List.of();
        }
        int[] docIds = docIds(top.scoreDocs, from, to);
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        for (int docId : docIds) {
            documents.put(docId, stored.document(docId, marked == null ? MaterialDocuments.HIT_FIELDS : HIT_AND_TEXT));
        }
        Map<String, String[]> marks = marked == null ? Map.of()
                : SnippetHighlighter.highlight(searcher, schema.indexAnalyzer(), searcher.rewrite(marked), docIds, documents);
        List<MaterialHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc hit = top.scoreDocs[from + i];
            Document doc = documents.get(hit.doc);
            String title = doc.get(MaterialSchema.TITLE);
            String description = doc.get(MaterialSchema.DESCRIPTION);
            String titleHtml = first(marks, MaterialSchema.TITLE, i, HtmlText.escape(title));
            String plain = HtmlText.escape(HtmlText.beginning(description == null ? "" : description, PLAIN_SNIPPET_CHARS));
            String snippet = first(marks, MaterialSchema.TEXT, i, first(marks, MaterialSchema.DESCRIPTION, i, plain));
            hits.add(MaterialDocuments.toHit(doc, titleHtml, snippet, Float.isNaN(hit.score) ? 0f : hit.score));
        }
        return hits;
    }

    private static int[] docIds(ScoreDoc[] hits, int from, int to) {
        int[] docIds = new int[to - from];
        for (int i = from; i < to; i++) {
            docIds[i - from] = hits[i].doc;
        }
        return docIds;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static String first(Map<String, String[]> marks, String field, int index, String otherwise) {
        String[] values = marks.get(field);
        return values == null || values[index] == null || values[index].isEmpty() ? otherwise : values[index];
    }
}
