package vn.hoctap.portal.search.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One found material as the results page shows it, read from the index (no database access).
 *
 * @param titleHtml   the title, HTML-escaped, with the matched syllables in {@code <mark>…</mark>}
 * @param snippetHtml one or two passages of the text or the description around the matches, escaped
 *                    and marked the same way; the description's beginning when only the title matched
 * @param score       the relevance score (0 when sorted by date without a query); for diagnostics only
 */
public record MaterialHit(long id, int version, String title, String titleHtml, String snippetHtml, String subject,
                          List<String> audiences, String level, String language, String licence, String format,
                          String author, Long centreId, String centreName, LocalDate published, float score) {

    public MaterialHit {
        audiences = List.copyOf(audiences);
    }
}
