package vn.hoctap.portal.enrolment.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of a Vietnamese class list: by given name (the last word: "An" before "Bình"), then by
 * the whole name, in Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after letters).
 */
public final class NameOrder {

    private NameOrder() {
    }

    public static <T> Comparator<T> of(Function<T, String> fullName) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        Comparator<String> byGivenName = Comparator.comparing(NameOrder::givenName, collator);
        Comparator<String> names = byGivenName.thenComparing(collator::compare);
        return Comparator.comparing(fullName, names);
    }

    static String givenName(String fullName) {
        String trimmed = fullName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
