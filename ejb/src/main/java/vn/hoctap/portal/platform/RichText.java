package vn.hoctap.portal.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Long texts that managers write with the page's editor (course descriptions): paragraphs,
 * emphasis, lists and links survive; scripts, styles, event handlers, images and any other
 * markup are removed before the text is stored, so that pages can show it as it was written.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ol", "ul", "li", "a", "h3", "h4", "blockquote")
            // the editor marks bullet items of a list this way
            .addAttributes("li", "data-list")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The allowed part of an HTML text; null when nothing readable is left (an empty editor gives "<p><br></p>"). */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
        return Jsoup.parse(clean).text().isBlank() ? null : clean;
    }

    /** Plain text (blank lines between paragraphs, line breaks within) as the same kind of HTML. */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(paragraph -> "<p>" + Arrays.stream(paragraph.strip().split("\\R"))
                        .map(line -> Entities.escape(line.strip())).collect(Collectors.joining("<br>")) + "</p>")
                .collect(Collectors.joining());
    }
}
