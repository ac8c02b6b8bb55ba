package vn.hoctap.portal.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese text as people type it on a phone, often without diacritics: folding makes
 * "Xóa mù chữ", "xoa mu chu" and "XOA MU CHU" the same. Works on NFC and NFD input alike.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Lower case, no tone or vowel marks, đ as d, runs of white space as one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return unmarked.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** The folded words of a query, without punctuation. */
    public static List<String> words(String query) {
        return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
