package vn.hoctap.portal.web.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of the {@code messages} bundles, for Java code (pages use #{msg}). */
public final class Texts {

    public static final String BUNDLE = "vn.hoctap.portal.web.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Texts() {
    }

    /** Vietnamese unless English is asked for: the two languages the portal speaks. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The language an API caller asked for with Accept-Language, among the two the portal speaks. */
    public static Locale of(jakarta.ws.rs.core.HttpHeaders headers) {
        var wanted = headers.getAcceptableLanguages();
        return supported(wanted.isEmpty() ? null : wanted.get(0));
    }

    public static String text(Locale locale, String key, Object... arguments) {
        Locale supported = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
