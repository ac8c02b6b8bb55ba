package vn.hoctap.portal.enrolment.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's verification code: 80 random bits as 16 characters of Crockford's base 32 in
 * four groups ({@code K7QF-2M9X-D4TR-8HNB}). No I, L, O or U, so nobody misreads it; typed back
 * in lower case, without dashes or with O for 0 and I/L for 1, it is still recognised. 2^80 codes:
 * guessing one that exists is hopeless.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern WELL_FORMED = Pattern.compile("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /** The code in its one stored spelling, or empty when the text cannot be a code (no database look-up then). */
    public static Optional<String> normalised(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String plain = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != 16) {
            return Optional.empty();
        }
        String grouped = plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-" + plain.substring(12);
        return WELL_FORMED.matcher(grouped).matches() ? Optional.of(grouped) : Optional.empty();
    }
}
