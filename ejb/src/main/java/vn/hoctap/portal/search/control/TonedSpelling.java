package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Folded syllables as the materials spell them, tones included: "trong rau sach" → "trồng rau
 * sạch", for the did-you-mean line. The postings of the shown fields hold each folded term's
 * positions and offsets, so the forms are read from the stored texts of a few matching documents
 * without analysing them again. Per syllable, the form seen in the longest run of the query's
 * syllables in a row wins, then the most frequent one: "sach" after "rau" is "sạch" even in a text
 * where "sách" is more common. A form that folds to the syllable only after OCR repair ("x6a")
 * never stands for it, and a syllable found nowhere stays folded.
 */
final class TonedSpelling {

    /** matching documents read, best first */
    static final int DOCUMENTS = 5;
    private static final Set<String> FIELDS = Set.of(SnippetHighlighter.FIELDS);

    private final Analyzer exact;
    private final Analyzer foldedPlain;

    TonedSpelling(MaterialSchema schema) {
        this.exact = schema.exactAnalyzer();
        this.foldedPlain = schema.foldedPlainAnalyzer();
    }

    /** A form seen in the materials: the longest run of query syllables it stood in, and how often it was seen. */
    private record Seen(int run, int count) {

        Seen with(Seen other) {
            return new Seen(Math.max(run, other.run), count + other.count);
        }

        boolean beats(Seen other) {
            return run != other.run ? run > other.run : count > other.count;
        }
    }

    /**
     * @param syllables folded syllables in the query's order
     * @param docIds    documents matching them, best first
     * @return the syllables with the forms of the materials, lower case, separated by spaces
     */
    String of(List<String> syllables, IndexReader reader, StoredFields stored, int[] docIds) throws IOException {
        List<Map<String, Seen>> forms = new ArrayList<>();
        syllables.forEach(s -> forms.add(new LinkedHashMap<>()));
        for (int doc : docIds) {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            Document document = stored.document(doc, FIELDS);
            for (String field : SnippetHighlighter.FIELDS) {
                String text = document.get(field);
                if (text != null && !text.isEmpty()) {
                    collect(syllables, occurrences(syllables, leaf, doc - leaf.docBase, field, text), forms);
                }
            }
        }
        List<String> spelled = new ArrayList<>(syllables.size());
        for (int i = 0; i < syllables.size(); i++) {
            String best = syllables.get(i);
            Seen bestSeen = new Seen(0, 0);
            for (Map.Entry<String, Seen> form : forms.get(i).entrySet()) {
                if (form.getValue().beats(bestSeen)) {
                    best = form.getKey();
                    bestSeen = form.getValue();
                }
            }
            spelled.add(best);
        }
        return String.join(" ", spelled);
    }

    /** Each occurrence's form, scored by the run of query syllables in a row around it. */
    private static void collect(List<String> syllables, List<Map<Integer, String>> at, List<Map<String, Seen>> forms) {
        for (int i = 0; i < syllables.size(); i++) {
            for (Map.Entry<Integer, String> occurrence : at.get(i).entrySet()) {
                int position = occurrence.getKey();
                int before = 0;
                while (i - before > 0 && at.get(i - before - 1).containsKey(position - before - 1)) {
                    before++;
                }
                int after = 0;
                while (i + after + 1 < syllables.size() && at.get(i + after + 1).containsKey(position + after + 1)) {
                    after++;
                }
                forms.get(i).merge(occurrence.getValue(), new Seen(before + 1 + after, 1), Seen::with);
            }
        }
    }

    /** Per query syllable: position → the text's form there, lower case with its tones. */
    private List<Map<Integer, String>> occurrences(List<String> syllables, LeafReaderContext leaf, int doc, String field,
                                                   String text) throws IOException {
        Map<String, Map<Integer, String>> bySyllable = new HashMap<>();
        Terms terms = leaf.reader().terms(field);
        List<Map<Integer, String>> at = new ArrayList<>(syllables.size());
        for (String syllable : syllables) {
            Map<Integer, String> found = bySyllable.get(syllable);
            if (found == null) {
                found = terms == null ? Map.of() : occurrences(syllable, terms.iterator(), doc, field, text);
                bySyllable.put(syllable, found);
            }
            at.add(found);
        }
        return at;
    }

    private Map<Integer, String> occurrences(String syllable, TermsEnum terms, int doc, String field, String text)
            throws IOException {
        if (!terms.seekExact(new BytesRef(syllable))) {
            return Map.of();
        }
        PostingsEnum postings = terms.postings(null, PostingsEnum.OFFSETS);
        if (postings.advance(doc) != doc) {
            return Map.of();
        }
        Map<Integer, String> found = new HashMap<>();
        for (int i = 0; i < postings.freq(); i++) {
            int position = postings.nextPosition();
            if (postings.startOffset() < 0 || postings.endOffset() > text.length()) {
                continue;
            }
            String surface = text.substring(postings.startOffset(), postings.endOffset());
            // an OCR repair indexed "x6a" as "xoa": its letters are not the syllable's
            if (foldedPlain.normalize(field, surface).utf8ToString().equals(syllable)) {
                found.put(position, exact.normalize(MaterialSchema.BODY_EXACT, surface).utf8ToString());
            }
        }
        return found;
    }
}
