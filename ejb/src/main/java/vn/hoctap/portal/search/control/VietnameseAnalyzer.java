package vn.hoctap.portal.search.control;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text as residents type it. Every variant first composes the text to Unicode NFC (a
 * char filter: editors and PDFs deliver decomposed NFD, where a tone is a separate combining mark)
 * and maps the Icelandic Ð/ð that keyboards and OCR put for Đ/đ; then tokens are syllables (the
 * standard tokenizer splits at spaces and punctuation, which is where Vietnamese syllables end).
 *
 * <ul>
 *   <li>{@link Variant#FOLDED}: ICU folding (case, tones, vowel marks, đ → d), then the OCR repair
 *       ({@link OcrRepairFilter}); "Xóa mù chữ" and "xoa mu chu" give the same terms.</li>
 *   <li>{@link Variant#FOLDED_SHINGLES}: the same, plus two-syllable shingles ("xoa mu", "mu chu")
 *       at the first syllable's position, so that adjacent syllables of a query score as a word.
 *       Shingles overlap their syllables (position increment 0), so the field's length — and BM25's
 *       length normalisation — count syllables only.</li>
 *   <li>{@link Variant#EXACT}: lower case only, diacritics kept (ma, má, mả, mã, mạ stay five
 *       words), for the boost of a query typed with tones.</li>
 *   <li>{@link Variant#FOLDED_PLAIN}: folding without OCR repair, for the prefix suggestions,
 *       where the last syllable is still being typed.</li>
 * </ul>
 *
 * <p>Plain ASCIIFoldingFilter is not used: on NFD input it sees the combining marks as separate
 * characters and leaves them, and it does not lower-case; ICU folding handles both forms.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** The chains of the index's fields. */
    public enum Variant { FOLDED, FOLDED_SHINGLES, EXACT, FOLDED_PLAIN }

    private static final NormalizeCharMap ETH_AS_DJE = ethAsDje();

    private final Variant variant;

    public VietnameseAnalyzer(Variant variant) {
        this.variant = variant;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(ETH_AS_DJE, new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance()));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = switch (variant) {
            case EXACT -> new LowerCaseFilter(tokenizer);
            case FOLDED_PLAIN -> new ICUFoldingFilter(tokenizer);
            case FOLDED -> new OcrRepairFilter(new ICUFoldingFilter(tokenizer));
            case FOLDED_SHINGLES -> shingles(new OcrRepairFilter(new ICUFoldingFilter(tokenizer)));
        };
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return variant == Variant.EXACT ? new LowerCaseFilter(in) : new ICUFoldingFilter(in);
    }

    private static TokenStream shingles(TokenStream folded) {
        ShingleFilter shingles = new ShingleFilter(folded, 2, 2);
        shingles.setOutputUnigrams(true);
        return shingles;
    }

    private static NormalizeCharMap ethAsDje() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u00d0", "\u0110");
        map.add("\u00f0", "\u0111");
        return map.build();
    }
}
