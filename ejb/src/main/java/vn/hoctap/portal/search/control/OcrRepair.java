package vn.hoctap.portal.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undoes the letter confusions of OCR on scanned Vietnamese documents ("x6a mu chir" for xóa mù
 * chữ, "16p hoc" for lớp học, "Pao tao" for đào tạo) in one folded token, only where the token
 * cannot be correct Vietnamese. Applied at index and at query time, so a clean query finds a garbled
 * scan and a garbled query finds clean text.
 *
 * <p>Which tokens are touched — a token is left alone when it
 * <ul>
 *   <li>is a Vietnamese syllable already ({@link VietnameseSyllables}),</li>
 *   <li>is a number (digits, with . or , inside: 16, 99,8),</li>
 *   <li>has the shape of a code: letters followed by digits (B1, A2, MP3, COVID19, F0),</li>
 *   <li>is letters only and has none of the OCR letter patterns below (English words such as
 *       online, email, wifi are not Vietnamese, but nothing says they are damaged).</li>
 * </ul>
 * Any other token is rewritten with the confusion table, candidate by candidate, and the first
 * candidate that is a syllable wins — the most frequent one ({@link FrequentSyllables}) when several
 * are. When more characters are replaced than letters kept ("16p"), a candidate must also be a
 * frequent syllable, so that a class name like "10A" does not turn into a rare word.
 *
 * <p>The confusion table (folded: cases and marks are gone by now):
 * <pre>
 *   0 → o          1 → l, i      3 → e         4 → a         5 → s
 *   6 → o (ó, ô)   8 → b         9 → o, g      @ → a         $ → s     | → l, i
 *   ' ’ ` → dropped ("ngu'o'i": ơ and ư typed as o' and u')
 *   ir → u (ư)     rn → m        p at the start, not ph → d (Đ read as P; Ð is mapped before)
 * </pre>
 */
public final class OcrRepair {

    private static final Map<Character, String[]> CONFUSIONS = Map.ofEntries(
            Map.entry('0', new String[]{"o"}),
            Map.entry('1', new String[]{"l", "i"}),
            Map.entry('3', new String[]{"e"}),
            Map.entry('4', new String[]{"a"}),
            Map.entry('5', new String[]{"s"}),
            Map.entry('6', new String[]{"o"}),
            Map.entry('8', new String[]{"b"}),
            Map.entry('9', new String[]{"o", "g"}),
            Map.entry('@', new String[]{"a"}),
            Map.entry('$', new String[]{"s"}),
            Map.entry('|', new String[]{"l", "i"}));

    private static final String APOSTROPHES = "'\u2019\u02bc`\u00b4";
    private static final String[] DROPPED = {""};
    private static final int MAX_CANDIDATES = 256;

    private OcrRepair() {
    }

    /**
     * @param token one folded token (lower case, marks removed)
     * @return the repaired syllable, or the token itself when it is not to be touched or no
     * candidate is a syllable
     */
    public static String repair(String token) {
        if (token.isEmpty() || token.length() > 12 || VietnameseSyllables.isSyllable(token)) {
            return token;
        }
        Shape shape = Shape.of(token);
        if (shape == Shape.NUMBER || shape == Shape.CODE || shape == Shape.OTHER) {
            return token;
        }
        List<String[]> slots = slots(token, shape);
        if (slots == null) {
            return token;
        }
        int letters = countLetters(token);
        int replaced = token.length() - letters;
        boolean mustBeFrequent = shape == Shape.MIXED && replaced >= letters;
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String candidate : expand(slots)) {
            if (!VietnameseSyllables.isSyllable(candidate)) {
                continue;
            }
            int rank = FrequentSyllables.rank(candidate);
            if (rank >= 0 && rank < bestRank) {
                best = candidate;
                bestRank = rank;
            } else if (best == null && !mustBeFrequent) {
                best = candidate;
            }
        }
        return best == null ? token : best;
    }

    /** Splits the token into slots, each with the strings it may stand for; null when nothing is confusable. */
    private static List<String[]> slots(String token, Shape shape) {
        List<String[]> slots = new ArrayList<>(token.length());
        boolean confusable = false;
        int i = 0;
        while (i < token.length()) {
            char c = token.charAt(i);
            String[] options = CONFUSIONS.get(c);
            if (options != null) {
                slots.add(options);
                confusable = true;
                i++;
            } else if (APOSTROPHES.indexOf(c) >= 0) {
                slots.add(DROPPED);
                confusable = true;
                i++;
            } else if (token.startsWith("ir", i)) {
                slots.add(new String[]{"u", "ir"});
                confusable = true;
                i += 2;
            } else if (token.startsWith("rn", i)) {
                slots.add(new String[]{"m", "rn"});
                confusable = true;
                i += 2;
            } else if (i == 0 && c == 'p' && !token.startsWith("ph")) {
                slots.add(new String[]{"d", "p"});
                confusable = true;
                i++;
            } else if (c >= 'a' && c <= 'z') {
                slots.add(new String[]{String.valueOf(c)});
                i++;
            } else {
                return null; // a character of no table: not a damaged syllable
            }
        }
        return confusable || shape == Shape.MIXED ? slots : null;
    }

    /** The cartesian product of the slots' options, first options first, at most {@link #MAX_CANDIDATES}. */
    private static List<String> expand(List<String[]> slots) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String[] options : slots) {
            List<String> next = new ArrayList<>(Math.min(MAX_CANDIDATES, out.size() * options.length));
            for (String prefix : out) {
                for (String option : options) {
                    if (next.size() < MAX_CANDIDATES) {
                        next.add(prefix + option);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    private static int countLetters(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') {
                n++;
            }
        }
        return n;
    }

    /** What a token looks like before any repair. */
    private enum Shape {
        /** digits, possibly with . or , between them */
        NUMBER,
        /** letters followed by digits: B1, MP3, COVID19 */
        CODE,
        /** letters mixed with digits or symbols of the table */
        MIXED,
        /** letters only (may still hold an OCR letter pattern) */
        LETTERS,
        /** anything else: other scripts, other symbols */
        OTHER;

        static Shape of(String token) {
            int letters = 0;
            int digits = 0;
            int symbols = 0;
            int firstDigit = -1;
            int lastLetter = -1;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    letters++;
                    lastLetter = i;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                    if (firstDigit < 0) {
                        firstDigit = i;
                    }
                } else if (c == '.' || c == ',' || CONFUSIONS.containsKey(c) || APOSTROPHES.indexOf(c) >= 0) {
                    symbols++;
                } else {
                    return OTHER;
                }
            }
            if (letters == 0) {
                return digits > 0 ? NUMBER : OTHER;
            }
            if (digits > 0 && symbols == 0 && lastLetter < firstDigit) {
                return CODE;
            }
            return digits + symbols > 0 ? MIXED : LETTERS;
        }
    }
}
