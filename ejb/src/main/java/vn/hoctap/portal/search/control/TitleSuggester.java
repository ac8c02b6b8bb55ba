package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import vn.hoctap.portal.search.boundary.MaterialSuggestion;

/**
 * Titles for the search box while the resident types: the folded prefix ("ky na", from "kỹ na" or
 * "ky na") must begin the title or one of its syllables' tails; titles that begin with it come first,
 * then the newest. One prefix query over keyword terms and no scoring beyond two constants, so it is
 * cheap enough for every keystroke; hit counts are not computed.
 */
final class TitleSuggester {

    /** fewer folded characters than this match too many titles to be of use */
    static final int MIN_PREFIX = 2;
    private static final Set<String> TITLE_ONLY = Set.of(MaterialSchema.ID, MaterialSchema.TITLE);
    private static final Sort BEGINNING_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(MaterialSchema.PUBLISHED, SortField.Type.LONG, true));

    private final MaterialDocuments documents;

    TitleSuggester(MaterialDocuments documents) {
        this.documents = documents;
    }

    List<MaterialSuggestion> suggest(IndexSearcher searcher, String typed, int max) throws IOException {
        String prefix = documents.foldForSuggestions(typed);
        if (!typed.isEmpty() && Character.isWhitespace(typed.charAt(typed.length() - 1)) && !prefix.isEmpty()) {
            prefix += " "; // the last syllable is complete: "ky nang " must not suggest "ky nangx…"
        }
        if (prefix.strip().length() < MIN_PREFIX || max < 1) {
            return List.of();
        }
        prefix = prefix.toLowerCase(Locale.ROOT);
        TopDocs top = searcher.search(prefixQuery(prefix), new TopFieldCollectorManager(BEGINNING_THEN_NEWEST, max * 3, 1));
        List<MaterialSuggestion> suggestions = new ArrayList<>(max);
        Set<String> titles = new HashSet<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, TITLE_ONLY);
            String title = doc.get(MaterialSchema.TITLE);
            if (titles.add(title.toLowerCase(Locale.ROOT)) && suggestions.size() < max) {
                suggestions.add(new MaterialSuggestion(Long.parseLong(doc.get(MaterialSchema.ID)), title));
            }
        }
        return List.copyOf(suggestions);
    }

    /** The prefix as the title's beginning (scored 2 more) or any syllable tail (scored 1). */
    private static Query prefixQuery(String prefix) {
        Query start = new ConstantScoreQuery(new PrefixQuery(new Term(MaterialSchema.SUGGEST_START, prefix)));
        Query tail = new ConstantScoreQuery(new PrefixQuery(new Term(MaterialSchema.SUGGEST, prefix)));
        return new BooleanQuery.Builder()
                .add(new BoostQuery(start, 2f), Occur.SHOULD)
                .add(tail, Occur.SHOULD)
                .build();
    }
}
