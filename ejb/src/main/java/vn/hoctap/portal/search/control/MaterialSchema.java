package vn.hoctap.portal.search.control;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.control.VietnameseAnalyzer.Variant;

/**
 * The index's fields and how each is analysed; one place, so that the writer, the query builder,
 * the highlighter and the benchmark's raw baseline agree.
 *
 * <ul>
 *   <li>{@link #TITLE}, {@link #DESCRIPTION}, {@link #TEXT}: folded syllables with their two-syllable
 *       shingles, stored for the snippets, with offsets in the postings so that the highlighter reads
 *       where the matches are instead of analysing the shown hits again.</li>
 *   <li>{@link #METADATA}: the same analysis of the subject's name, the author and the publisher,
 *       so that "ky nang song" also finds what is filed under the subject Kỹ năng sống.</li>
 *   <li>{@link #TITLE_EXACT}, {@link #BODY_EXACT}: lower case with diacritics, frequencies only —
 *       they only boost a query typed with tones.</li>
 *   <li>{@link #SUGGEST}, {@link #SUGGEST_START}: the folded title as keywords (every tail starting
 *       at a syllable, and the whole title) for prefix suggestions.</li>
 *   <li>one keyword field per {@link FacetDimension} for filters, plus sorted-set doc values for the
 *       counts (Lucene facets, field {@code $facets}).</li>
 * </ul>
 * Change {@link #VERSION} whenever a field or the analysis changes: an index written with another
 * version asks for a rebuild.
 */
public final class MaterialSchema {

    /** Recorded in every commit; a different value means the index must be rebuilt (2: plain texts without Markdown's marks). */
    public static final String VERSION = "2";

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String TEXT = "text";
    public static final String METADATA = "metadata";
    public static final String TITLE_EXACT = "title_exact";
    public static final String BODY_EXACT = "body_exact";
    public static final String SUGGEST = "suggest";
    public static final String SUGGEST_START = "suggest_start";
    public static final String PUBLISHED = "published";

    static final String VERSION_STORED = "version";
    static final String SUBJECT = "subject";
    static final String AUDIENCES = "audiences";
    static final String LEVEL = "level";
    static final String LANGUAGE = "language";
    static final String LICENCE = "licence";
    static final String FORMAT = "format";
    static final String AUTHOR = "author";
    static final String CENTRE_ID = "centre_id";
    static final String CENTRE_NAME = "centre_name";

    /** Title, description and text: positions for phrases, offsets in the postings for the highlighter. */
    static final FieldType TEXT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true);
    /** Metadata words: searched, never shown. */
    static final FieldType METADATA_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);
    /** Exact forms: only term frequencies (a boost, never a phrase). */
    static final FieldType EXACT_TYPE = textType(IndexOptions.DOCS_AND_FREQS, false);

    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer analyzer;
    private final VietnameseAnalyzer folded = new VietnameseAnalyzer(Variant.FOLDED);
    private final VietnameseAnalyzer exact = new VietnameseAnalyzer(Variant.EXACT);
    private final VietnameseAnalyzer foldedPlain = new VietnameseAnalyzer(Variant.FOLDED_PLAIN);

    public MaterialSchema() {
        VietnameseAnalyzer withShingles = new VietnameseAnalyzer(Variant.FOLDED_SHINGLES);
        analyzer = new PerFieldAnalyzerWrapper(withShingles, Map.of(TITLE_EXACT, exact, BODY_EXACT, exact));
        facetsConfig.setMultiValued(facetDim(FacetDimension.AUDIENCE), true);
        for (FacetDimension dimension : FacetDimension.values()) {
            // filters use the keyword fields; the facet module needs no drill-down terms of its own
            facetsConfig.setDrillDownTermsIndexing(facetDim(dimension), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
    }

    /** The analyzer the index writer uses, per field. */
    public Analyzer indexAnalyzer() {
        return analyzer;
    }

    /** Query side: folded syllables with OCR repair, no shingles (the query builder pairs them). */
    public Analyzer foldedAnalyzer() {
        return folded;
    }

    public Analyzer exactAnalyzer() {
        return exact;
    }

    /** Folding without OCR repair, for titles and prefixes of the suggestions. */
    public Analyzer foldedPlainAnalyzer() {
        return foldedPlain;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Name of the facet dimension in Lucene's facet field. */
    public static String facetDim(FacetDimension dimension) {
        return dimension.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Name of the keyword field a filter on this dimension searches. */
    public static String filterField(FacetDimension dimension) {
        return "f_" + facetDim(dimension);
    }

    private static FieldType textType(IndexOptions options, boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
