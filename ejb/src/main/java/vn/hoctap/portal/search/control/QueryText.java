package vn.hoctap.portal.search.control;

import java.util.List;

/**
 * What the resident typed, analysed once for every use a search makes of it.
 *
 * @param folded   the folded, OCR-repaired syllables in order ("Xóa mù chữ" → xoa, mu, chu)
 * @param exact    the lower-cased syllables with their diacritics, same order
 * @param hasTones whether any syllable carries a diacritic (then exact forms rank first)
 */
public record QueryText(List<String> folded, List<String> exact, boolean hasTones) {

    public QueryText {
        folded = List.copyOf(folded);
        exact = List.copyOf(exact);
    }

    /** Analyses a query with the schema's query-side chains. */
    public static QueryText parse(MaterialSchema schema, String text) {
        List<String> folded = TokenStreams.terms(schema.foldedAnalyzer(), MaterialSchema.TEXT, text);
        List<String> exact = TokenStreams.terms(schema.exactAnalyzer(), MaterialSchema.BODY_EXACT, text);
        boolean tones = exact.stream().anyMatch(QueryText::hasDiacritic);
        return new QueryText(folded, exact, tones);
    }

    public boolean isEmpty() {
        return folded.isEmpty();
    }

    /** The query as the did-you-mean line shows it. */
    public String foldedText() {
        return String.join(" ", folded);
    }

    private static boolean hasDiacritic(String syllable) {
        return syllable.chars().anyMatch(c -> c > 0x7f && Character.isLetter(c));
    }
}
