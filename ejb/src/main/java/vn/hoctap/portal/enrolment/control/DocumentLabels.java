package vn.hoctap.portal.enrolment.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of the enrolment documents, from the {@code documents} bundle. Certificates and
 * class records are Vietnamese documents, so only {@code documents_vi} exists for now; another
 * language is one more properties file. Another feature's documents read their own bundle through
 * {@link #vietnamese(String)}; it needs the same {@code date.pattern} and {@code date.short} keys.
 */
public final class DocumentLabels {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BUNDLE = "vn.hoctap.portal.enrolment.documents";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;

    private DocumentLabels(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), locale);
        this.shortDate = DateTimeFormatter.ofPattern(bundle.getString("date.short"), locale);
    }

    static DocumentLabels vietnamese() {
        return vietnamese(BUNDLE);
    }

    /** The Vietnamese words of the bundle with this base name (e.g. {@code vn.hoctap.portal.events.documents}). */
    public static DocumentLabels vietnamese(String bundleName) {
        return new DocumentLabels(bundleName, VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    /** The label, or the pattern filled with the arguments (pass text, so that years stay 2026, not 2.026). */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String shortDate(LocalDate day) {
        return day == null ? "" : shortDate.format(day);
    }
}
