package vn.hoctap.portal.search.control;

import java.util.List;
import java.util.Set;

/**
 * Whether a folded token (lower case, no tones or vowel marks, đ written d) can be one Vietnamese
 * syllable, by the orthography's onset and rhyme tables. The OCR repair needs this to tell
 * "chir" (no Vietnamese syllable ends in -ir: damage) from "chu" (a word), and to accept a
 * candidate repair only when it yields a syllable.
 *
 * <p>Folding merges distinct rhymes (ă, â and a; ơ, ô and o; ư and u; ê and e), so the table
 * lists the folded forms of the written rhymes. The spelling rules that hold in every word are
 * checked too (k, gh and ngh only before i, e, y; c, g and ng never there; q only as qu; a rhyme
 * starting with yê only without onset). Loanword syllables with a bare p are accepted only from a
 * short list, because a leading P is the usual OCR misreading of Đ.
 */
public final class VietnameseSyllables {

    /** Consonant onsets, longest first so that "ngh" is tried before "ng" and "n". */
    private static final List<String> ONSETS = List.of(
            "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
            "b", "c", "d", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "x", "");

    /** Folded rhymes of Vietnamese orthography (medial + nucleus + coda). */
    private static final Set<String> RHYMES = Set.of(
            // open rhymes and rhymes with a semivowel ending
            "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "iu", "ieu", "o", "oi",
            "u", "ua", "ui", "uu", "uoi", "uou", "uy", "uya", "uyu", "y", "yeu",
            "oa", "oai", "oao", "oay", "oe", "oeo", "ue", "uay", "uo",
            // a / ă / â
            "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
            // e / ê
            "ec", "ech", "em", "en", "eng", "enh", "ep", "et",
            "ich", "im", "in", "inh", "ip", "it",
            // o / ô / ơ, and the loanword oo (xoong, moóc)
            "oc", "om", "on", "ong", "op", "ot", "ooc", "oong",
            // u / ư
            "uc", "um", "un", "ung", "up", "ut",
            // iê / yê
            "iec", "iem", "ien", "ieng", "iep", "iet", "yem", "yen", "yet",
            // uô / ươ
            "uoc", "uom", "uon", "uong", "uop", "uot",
            // medial o
            "oac", "oach", "oam", "oan", "oang", "oanh", "oap", "oat", "oen", "oet",
            // medial u
            "uan", "uang", "uat", "uech", "uenh", "uych", "uynh", "uyt", "uyen", "uyet", "uyp");

    /** Loanword syllables with a bare p onset (pin, pa-tê, Pác Bó …); any other p+vowel is taken for a misread Đ. */
    private static final Set<String> P_LOANWORDS = Set.of("pa", "pe", "pi", "pin", "po", "pu", "pac", "pat");

    private VietnameseSyllables() {
    }

    /**
     * @param folded a token already lower-cased and folded (a–z only for a syllable)
     * @return whether it is one Vietnamese syllable in folded spelling
     */
    public static boolean isSyllable(String folded) {
        if (folded.isEmpty() || folded.length() > 7 || !isLowerAscii(folded)) {
            return false;
        }
        if (P_LOANWORDS.contains(folded)) {
            return true;
        }
        for (String onset : ONSETS) {
            if (folded.startsWith(onset) && fits(onset, folded.substring(onset.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String onset, String rhyme) {
        if (onset.equals("gi")) {
            // gi + i… writes one i (gìn, giếng); gì alone is gi with an empty rhyme
            return rhyme.isEmpty() || RHYMES.contains(rhyme) || RHYMES.contains("i" + rhyme);
        }
        if (!RHYMES.contains(rhyme)) {
            return false;
        }
        boolean front = rhyme.startsWith("i") || rhyme.startsWith("e") || rhyme.startsWith("y");
        return switch (onset) {
            case "k", "gh", "ngh" -> front;
            case "c", "g", "ng" -> !front;
            case "" -> true;
            default -> !rhyme.startsWith("ye");
        };
    }

    private static boolean isLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
