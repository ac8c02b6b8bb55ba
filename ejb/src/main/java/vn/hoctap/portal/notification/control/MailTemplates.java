package vn.hoctap.portal.notification.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Mail subjects and bodies from the {@code mail} bundles, in the recipient's language. */
public final class MailTemplates {

    private static final String BUNDLE = "vn.hoctap.portal.notification.mail";

    private MailTemplates() {
    }

    public static String text(String languageTag, String key, Object... arguments) {
        Locale locale = "en".equals(languageTag) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
