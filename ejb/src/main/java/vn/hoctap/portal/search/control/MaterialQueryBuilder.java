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
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a search text. Its shape:
 * <pre>
 *   MUST   core:  one clause per distinct syllable, each the best of title / description / text
 *                 (weights title &gt; description &gt; text), with a fuzzy alternative for rare
 *                 syllables of 4+ letters; "minimum should match" all syllables of short queries,
 *                 three in four of long ones (or any one, when relaxed)
 *   SHOULD shingles: each adjacent pair of syllables as a two-syllable term ("xoa mu", "mu chu"),
 *                 so a phrase outranks scattered syllables
 *   SHOULD exact: the syllables with their tones, when the query has tones (má before ma, mả …)
 *   SHOULD title phrase: all syllables in order, slop 1, in the title
 * </pre>
 * Fuzzy matching costs a term-dictionary walk per field, and a syllable that is in the index is
 * almost always typed right (Vietnamese has few thousand syllables, most of them frequent), so only
 * syllables that the index barely knows get a fuzzy alternative — scored far below an exact match.
 */
public final class MaterialQueryBuilder {

    /**
     * The scoring knobs, tuned against the relevance set (MaterialRelevanceTest).
     *
     * @param tieBreaker how much the weaker fields of a syllable add to its best field (dismax)
     * @param fuzzy      weight of a fuzzy match relative to the exact syllable
     * @param rareBelow  a syllable in fewer documents than this (over all text fields) gets a fuzzy alternative
     */
    public record Weights(float title, float description, float text, float tieBreaker, float shingle, float exact,
                          float titlePhrase, float fuzzy, int rareBelow) {
    }

    public static final Weights DEFAULT_WEIGHTS = new Weights(3f, 1.5f, 1f, 0.3f, 1.5f, 1.5f, 2f, 0.2f, 3);

    private static final List<String> TEXT_FIELDS = List.of(MaterialSchema.TITLE, MaterialSchema.DESCRIPTION,
            MaterialSchema.TEXT);
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
     * The query that ranks, and the query whose terms the highlighter marks: the folded syllables,
     * their shingles (so a phrase is marked as one) and the fuzzy alternatives, in the three text
     * fields — plain term and fuzzy queries, which the highlighter matches in the postings' offsets
     * without building a scorer per document.
     */
    public record Built(Query query, Query marks) {
    }

    /**
     * @param query   the analysed text, not empty
     * @param reader  the index (document frequencies decide where fuzzy matching is worth it)
     * @param relaxed whether any one syllable suffices (the fallback when all of them find nothing)
     */
    public Built build(QueryText query, IndexReader reader, boolean relaxed) throws IOException {
        return new Built(rank(query, reader, relaxed), marks(query, reader));
    }

    private Query marks(QueryText query, IndexReader reader) throws IOException {
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        List<String> folded = query.folded();
        Set<String> terms = new LinkedHashSet<>(folded);
        for (int i = 0; i + 1 < folded.size(); i++) {
            terms.add(folded.get(i) + " " + folded.get(i + 1));
        }
        for (String field : TEXT_FIELDS) {
            for (String term : terms) {
                marks.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
            for (String syllable : new LinkedHashSet<>(folded)) {
                if (wantsFuzzy(syllable, reader)) {
                    marks.add(fuzzy(field, syllable), Occur.SHOULD);
                }
            }
        }
        return marks.build();
    }

    private Query rank(QueryText query, IndexReader reader, boolean relaxed) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        root.add(core(query, reader, relaxed), Occur.MUST);
        List<String> folded = query.folded();
        for (int i = 0; i + 1 < folded.size(); i++) {
            String shingle = folded.get(i) + " " + folded.get(i + 1);
            root.add(new BoostQuery(acrossFields(shingle), weights.shingle()), Occur.SHOULD);
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
        return root.build();
    }

    /** The matching part alone: which materials are hits at all (the count a correction is judged by). */
    public Query core(QueryText query, IndexReader reader, boolean relaxed) throws IOException {
        Set<String> syllables = new LinkedHashSet<>(query.folded());
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        for (String syllable : syllables) {
            List<Query> disjuncts = new ArrayList<>(6);
            addFields(disjuncts, syllable, 1f);
            if (wantsFuzzy(syllable, reader)) {
                addFuzzy(disjuncts, syllable);
            }
            core.add(new DisjunctionMaxQuery(disjuncts, weights.tieBreaker()), Occur.SHOULD);
        }
        core.setMinimumNumberShouldMatch(relaxed ? 1 : minimumShouldMatch(syllables.size()));
        return core.build();
    }

    /** All syllables of up to three; one may miss in four; a quarter may miss in longer queries. */
    static int minimumShouldMatch(int syllables) {
        return syllables <= 3 ? syllables : (int) Math.ceil(syllables * 0.75);
    }

    private Query acrossFields(String term) {
        List<Query> disjuncts = new ArrayList<>(3);
        addFields(disjuncts, term, 1f);
        return new DisjunctionMaxQuery(disjuncts, weights.tieBreaker());
    }

    private void addFields(List<Query> disjuncts, String term, float factor) {
        disjuncts.add(new BoostQuery(new TermQuery(new Term(MaterialSchema.TITLE, term)), weights.title() * factor));
        disjuncts.add(new BoostQuery(new TermQuery(new Term(MaterialSchema.DESCRIPTION, term)),
                weights.description() * factor));
        disjuncts.add(new BoostQuery(new TermQuery(new Term(MaterialSchema.TEXT, term)), weights.text() * factor));
    }

    private void addFuzzy(List<Query> disjuncts, String syllable) {
        for (String field : TEXT_FIELDS) {
            float weight = switch (field) {
                case MaterialSchema.TITLE -> weights.title();
                case MaterialSchema.DESCRIPTION -> weights.description();
                default -> weights.text();
            };
            disjuncts.add(new BoostQuery(fuzzy(field, syllable), weight * weights.fuzzy()));
        }
    }

    private static FuzzyQuery fuzzy(String field, String syllable) {
        int edits = syllable.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
        return new FuzzyQuery(new Term(field, syllable), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
    }

    private boolean wantsFuzzy(String syllable, IndexReader reader) throws IOException {
        if (syllable.length() < FUZZY_MIN_LENGTH || !syllable.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int documents = reader.docFreq(new Term(MaterialSchema.TEXT, syllable))
                + reader.docFreq(new Term(MaterialSchema.TITLE, syllable))
                + reader.docFreq(new Term(MaterialSchema.DESCRIPTION, syllable));
        return documents < weights.rareBelow();
    }
}
