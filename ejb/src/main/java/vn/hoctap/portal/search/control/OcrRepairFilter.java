package vn.hoctap.portal.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each folded token through {@link OcrRepair}; placed after the folding so that the
 * repair sees lower-case letters without marks. Offsets are left as they were, so a repaired
 * token still highlights the garbled characters of the scan.
 */
public final class OcrRepairFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public OcrRepairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (mayNeedRepair(term)) {
            String original = term.toString();
            String repaired = OcrRepair.repair(original);
            if (!repaired.equals(original)) {
                term.setEmpty().append(repaired);
            }
        }
        return true;
    }

    /** A cheap pre-check: only tokens with a non-letter or an OCR letter pattern can change. */
    private static boolean mayNeedRepair(CharTermAttribute term) {
        int length = term.length();
        char[] chars = term.buffer();
        if (length > 0 && chars[0] == 'p') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 'a' || c > 'z') {
                return true;
            }
            if (i + 1 < length && (c == 'i' && chars[i + 1] == 'r' || c == 'r' && chars[i + 1] == 'n')) {
                return true;
            }
        }
        return false;
    }
}
