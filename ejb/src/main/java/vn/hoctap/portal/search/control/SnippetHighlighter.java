package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the matches of a query in the titles, descriptions and texts of the shown hits only. The
 * query's folded terms match the folded index terms, whose offsets point into the stored NFC text,
 * so typing "ky nang song" marks "kỹ năng sống" (and a repaired OCR term marks the garbled scan).
 * Everything is HTML-escaped by the passage formatter, the matches wrapped in {@code <mark>}: the
 * page prints snippets as HTML, and a document's {@code <script>} must come out as text.
 */
final class SnippetHighlighter {

    static final String[] FIELDS = {MaterialSchema.TITLE, MaterialSchema.DESCRIPTION, MaterialSchema.TEXT};
    /** passages per field: the whole title, one from the description, two from the text */
    private static final int[] PASSAGES = {1, 1, 2};
    /** a passage of about two lines on a phone */
    private static final int PASSAGE_CHARS = 160;

    private SnippetHighlighter() {
    }

    /**
     * @param marks   plain term (and fuzzy) queries on {@link #FIELDS}: the offsets in the postings
     *                say where they match, no scorer is built per document
     * @param docIds  the shown hits
     * @param stored  their stored documents, already read for the hits (holding {@link #FIELDS}):
     *                the highlighter takes the texts from them instead of decompressing them again
     * @return per field of {@link #FIELDS}, the marked HTML of each doc (null where that field has no match;
     * the title is always there)
     */
    static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer indexAnalyzer, Query marks, int[] docIds,
                                           Map<Integer, Document> stored) throws IOException {
        return new Highlighter(searcher, indexAnalyzer, stored).highlightFields(FIELDS, marks, docIds, PASSAGES);
    }

    /** Per-field break iterators and fallbacks, which the builder cannot set per field; texts from the hits. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> stored;

        Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> stored) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withWeightMatches(false)
                    .withHighlightPhrasesStrictly(false)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)));
            this.stored = stored;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = stored.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String text = document.get(fields[i]);
                    texts[i] = text == null ? "" : text;
                }
                values.add(texts);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (MaterialSchema.TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT),
                    PASSAGE_CHARS, 0.5f);
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return MaterialSchema.TITLE.equals(field) ? 1 : 0;
        }
    }
}
