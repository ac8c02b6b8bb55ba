package vn.hoctap.portal.identity.entity;

import java.util.Locale;

/**
 * One spelling for phone numbers and e-mail addresses, so that "+84 912 345 678" and
 * "0912.345.678" are the same login and cannot be registered twice.
 */
public final class ContactNormalizer {

    private ContactNormalizer() {
    }

    /** Digits only, with the country code +84 / 84 turned into the domestic leading 0. */
    public static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.strip();
        String digits = trimmed.replaceAll("[\\s.()\\-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    public static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** A login is whatever the person typed: an e-mail address when it has an @, else a phone. */
    public static String login(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.contains("@") ? email(raw) : phone(raw);
    }

    /** Trims and folds runs of white space inside a name into one space. */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        // \p{Z} also folds the no-break spaces that phones and word processors paste
        String folded = raw.replaceAll("[\\s\\p{Z}]+", " ").strip();
        return folded.isEmpty() ? null : java.text.Normalizer.normalize(folded, java.text.Normalizer.Form.NFC);
    }
}
