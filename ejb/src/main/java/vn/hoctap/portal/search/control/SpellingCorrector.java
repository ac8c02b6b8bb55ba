package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each syllable that the index does not know, or barely knows, by the
 * closest more frequent folded term of the text fields (DirectSpellChecker: no side index to keep
 * in step, it reads the live term dictionary). Shingles are terms of those fields too and are
 * skipped. Whether the correction is worth showing (does it find more?) is the caller's decision.
 */
final class SpellingCorrector {

    /** a syllable in at most this many documents may be a typo of a more frequent one */
    private static final int RARE = 2;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrector() {
        checker.setMinQueryLength(3);
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setAccuracy(0.6f);
    }

    /** @return the corrected folded query, or empty when no syllable changed */
    Optional<String> correct(QueryText query, IndexReader reader) throws IOException {
        List<String> corrected = new ArrayList<>(query.folded().size());
        boolean changed = false;
        for (String syllable : query.folded()) {
            String replacement = replacement(syllable, reader);
            changed |= !replacement.equals(syllable);
            corrected.add(replacement);
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    private String replacement(String syllable, IndexReader reader) throws IOException {
        if (!syllable.chars().allMatch(Character::isLetter)) {
            return syllable;
        }
        int documents = 0;
        for (String field : SnippetHighlighter.FIELDS) {
            documents += reader.docFreq(new Term(field, syllable));
        }
        if (documents > RARE) {
            return syllable;
        }
        SuggestMode mode = documents == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        for (String field : List.of(MaterialSchema.TEXT, MaterialSchema.TITLE)) {
            for (SuggestWord word : checker.suggestSimilar(new Term(field, syllable), 3, reader, mode)) {
                if (word.string.indexOf(' ') < 0) {
                    return word.string;
                }
            }
        }
        return syllable;
    }
}
