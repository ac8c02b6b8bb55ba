package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries of a search text: a <em>core</em> that decides what matches (and so the
 * exact total and the facet counts) and scores it, and <em>boosts</em> that reorder the best of
 * those matches (a rescoring pass over the top few hundred, so that their cost does not grow with
 * the number of hits):
 * <pre>
 *   core:   one clause per distinct syllable, each the best of title / description / text /
 *           metadata (weights title &gt; description &gt; text), with a fuzzy alternative for rare
 *           syllables of 4+ letters, and for the last syllable a prefix alternative ("huyet a" →
 *           the two-syllable term "huyet ap": the resident may not have finished typing);
 *           "minimum should match" all syllables of short queries, three in four of long ones
 *           (or any one, when relaxed)
 *   boosts: each adjacent pair of syllables as a two-syllable term ("xoa mu", "mu chu"), so a
 *           phrase outranks scattered syllables; the syllables with their tones, when the query
 *           has tones (má before ma, mả …); all syllables in order (slop 1) in the title
 * </pre>
 * Fuzzy matching costs a term-dictionary walk per field, and a syllable that is in the index is
 * almost always typed right (Vietnamese has a few thousand syllables, most of them frequent), so
 * only syllables that the index barely knows get a fuzzy alternative — scored far below an exact
 * match. Likewise the prefix alternative is added only when the last two syllables are not already
 * a common pair, and it looks only at two-syllable terms that begin with them: a handful of terms.
 */
public final class MaterialQueryBuilder {

    /**
     * The scoring knobs, tuned against the relevance set (MaterialRelevanceTest).
     *
     * @param title       weight of the title
     * @param description weight of the description
     * @param text        weight of the extracted text
     * @param metadata    weight of the metadata (subject name, author, publisher)
     * @param tieBreaker  how much the weaker fields of a syllable add to its best field (dismax)
     * @param shingle     weight of an adjacent pair of query syllables found as a pair
     * @param exact       weight of a syllable found with the tones typed
     * @param titlePhrase weight of the whole query found in order in the title
     * @param fuzzy       weight of a fuzzy match relative to the exact syllable
     * @param prefix      weight of the unfinished last syllable matched as a prefix
     * @param rareBelow   a syllable in fewer documents than this (over the text fields) gets a fuzzy
     *                    alternative; a last pair of syllables in fewer, a prefix alternative
     */
    public record Weights(float title, float description, float text, float metadata, float tieBreaker, float shingle,
                          float exact, float titlePhrase, float fuzzy, float prefix, int rareBelow) {
    }

    public static final Weights DEFAULT_WEIGHTS = new Weights(2f, 1.5f, 1f, 1f, 0.3f, 1.5f, 3f, 2f, 0.2f, 0.5f, 3);

    /** The folded fields a syllable is looked for in. */
    static final List<String> SEARCHED_FIELDS = List.of(MaterialSchema.TITLE, MaterialSchema.DESCRIPTION,
            MaterialSchema.TEXT, MaterialSchema.METADATA);
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final int FUZZY_TWO_EDITS_LENGTH = 8;
    private static final int FUZZY_PREFIX = 1;
    private static final int FUZZY_EXPANSIONS = 16;

    private final Weights weights;

    public MaterialQueryBuilder() {
        this(DEFAULT_WEIGHTS);
    }

    public MaterialQueryBuilder(Weights weights) {
        this.weights = weights;
    }

    /**
     * The queries of one search text.
     *
     * @param core   what matches, scored
     * @param boosts what reorders the best matches (added to their core score); null when nothing does
     * @param marks  what the highlighter marks: the folded syllables, their shingles (so a phrase is
     *               marked as one) and the fuzzy and prefix alternatives, in the highlighted fields —
     *               term queries, and multi-term queries that rewrite into term queries (the
     *               highlighter finds terms in the postings' offsets without building a scorer per
     *               document; a multi-term query would make it walk the field's whole dictionary)
     */
    public record Built(Query core, Query boosts, Query marks) {
    }

    /**
     * @param query   the analysed text, not empty
     * @param reader  the index (document frequencies decide where fuzzy matching is worth it)
     * @param relaxed whether any one syllable suffices (the fallback when all of them find nothing)
     */
    public Built build(QueryText query, IndexReader reader, boolean relaxed) throws IOException {
        Set<String> fuzzy = rareSyllables(query, reader);
        String prefix = unfinishedPair(query, reader);
        return new Built(core(query, fuzzy, prefix, relaxed), boosts(query), marks(query, fuzzy, prefix));
    }

    /** The matching part alone: which materials are hits at all (the count a correction is judged by). */
    public Query core(QueryText query, IndexReader reader, boolean relaxed) throws IOException {
        return core(query, rareSyllables(query, reader), unfinishedPair(query, reader), relaxed);
    }

    private Query boosts(QueryText query) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<String> folded = query.folded();
        for (int i = 0; i + 1 < folded.size(); i++) {
            String shingle = folded.get(i) + " " + folded.get(i + 1);
            root.add(new BoostQuery(new DisjunctionMaxQuery(inFields(shingle), weights.tieBreaker()), weights.shingle()),
                    Occur.SHOULD);
        }
        if (query.hasTones()) {
            for (String exact : new LinkedHashSet<>(query.exact())) {
                Query title = new BoostQuery(new TermQuery(new Term(MaterialSchema.TITLE_EXACT, exact)), weights.title());
                Query body = new TermQuery(new Term(MaterialSchema.BODY_EXACT, exact));
                root.add(new BoostQuery(new DisjunctionMaxQuery(List.of(title, body), weights.tieBreaker()),
                        weights.exact()), Occur.SHOULD);
            }
        }
        if (folded.size() >= 2) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
            folded.forEach(syllable -> phrase.add(new Term(MaterialSchema.TITLE, syllable)));
            root.add(new BoostQuery(phrase.build(), weights.titlePhrase()), Occur.SHOULD);
        }
        BooleanQuery boosts = root.build();
        return boosts.clauses().isEmpty() ? null : boosts;
    }

    private Query core(QueryText query, Set<String> fuzzy, String lastPair, boolean relaxed) {
        Set<String> syllables = new LinkedHashSet<>(query.folded());
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        for (String syllable : syllables) {
            List<Query> disjuncts = inFields(syllable);
            if (fuzzy.contains(syllable)) {
                for (String field : SEARCHED_FIELDS) {
                    disjuncts.add(new BoostQuery(fuzzy(field, syllable), weight(field) * weights.fuzzy()));
                }
            }
            if (lastPair != null && syllable.equals(last(query))) {
                for (String field : SEARCHED_FIELDS) {
                    disjuncts.add(new BoostQuery(new PrefixQuery(new Term(field, lastPair)), weight(field) * weights.prefix()));
                }
            }
            core.add(new DisjunctionMaxQuery(disjuncts, weights.tieBreaker()), Occur.SHOULD);
        }
        core.setMinimumNumberShouldMatch(relaxed ? 1 : minimumShouldMatch(syllables.size()));
        return core.build();
    }

    private Query marks(QueryText query, Set<String> fuzzy, String lastPair) {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        List<String> folded = query.folded();
        Set<String> terms = new LinkedHashSet<>(folded);
        for (int i = 0; i + 1 < folded.size(); i++) {
            terms.add(folded.get(i) + " " + folded.get(i + 1));
        }
        for (String field : SnippetHighlighter.FIELDS) {
            terms.forEach(term -> marks.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
            fuzzy.forEach(syllable -> marks.add(fuzzy(field, syllable), Occur.SHOULD));
            if (lastPair != null) {
                // rewritten into its terms before highlighting (see MaterialSearcher.page)
                marks.add(new PrefixQuery(new Term(field, lastPair), MultiTermQuery.SCORING_BOOLEAN_REWRITE), Occur.SHOULD);
            }
        }
        return marks.build();
    }

    /** All syllables of up to three; one may miss in four; a quarter may miss in longer queries. */
    static int minimumShouldMatch(int syllables) {
        return syllables <= 3 ? syllables : (int) Math.ceil(syllables * 0.75);
    }

    private List<Query> inFields(String term) {
        List<Query> disjuncts = new ArrayList<>(SEARCHED_FIELDS.size() * 3);
        for (String field : SEARCHED_FIELDS) {
            disjuncts.add(new BoostQuery(new TermQuery(new Term(field, term)), weight(field)));
        }
        return disjuncts;
    }

    private float weight(String field) {
        return switch (field) {
            case MaterialSchema.TITLE -> weights.title();
            case MaterialSchema.DESCRIPTION -> weights.description();
            case MaterialSchema.TEXT -> weights.text();
            default -> weights.metadata();
        };
    }

    private static String last(QueryText query) {
        return query.folded().get(query.folded().size() - 1);
    }

    /**
     * "huyet a" for the query "huyet a": the start of the two-syllable terms the last syllable may be
     * unfinished in; null for one syllable, and when the two last syllables are a common pair as
     * they are ("hoc tap": typed to the end — a prefix would only cost another long postings list).
     */
    private String unfinishedPair(QueryText query, IndexReader reader) throws IOException {
        List<String> folded = query.folded();
        if (folded.size() < 2) {
            return null;
        }
        String pair = folded.get(folded.size() - 2) + " " + last(query);
        return documents(pair, reader) < weights.rareBelow() ? pair : null;
    }

    private static int documents(String term, IndexReader reader) throws IOException {
        int documents = 0;
        for (String field : SEARCHED_FIELDS) {
            documents += reader.docFreq(new Term(field, term));
        }
        return documents;
    }

    private static FuzzyQuery fuzzy(String field, String syllable) {
        int edits = syllable.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
        return new FuzzyQuery(new Term(field, syllable), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
    }

    private Set<String> rareSyllables(QueryText query, IndexReader reader) throws IOException {
        Set<String> rare = new LinkedHashSet<>();
        for (String syllable : new LinkedHashSet<>(query.folded())) {
            if (syllable.length() < FUZZY_MIN_LENGTH || !syllable.chars().allMatch(Character::isLetter)) {
                continue;
            }
            if (documents(syllable, reader) < weights.rareBelow()) {
                rare.add(syllable);
            }
        }
        return rare;
    }
}
