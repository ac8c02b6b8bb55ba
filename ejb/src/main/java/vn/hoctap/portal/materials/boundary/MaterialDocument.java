package vn.hoctap.portal.materials.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What the search index holds of one published material: its Dublin Core metadata as codes and
 * names, and the text extracted from its current file version (empty for links and for files
 * whose text could not be extracted). Made by the materials feature, read by the search feature.
 *
 * @param id          the material's id (one document per material: a new version replaces the old)
 * @param version     the current file version's number, 1 for the first
 * @param title       title as published (NFC or not: the index normalises)
 * @param description description as published
 * @param text        extracted text of the current version, or empty
 * @param subject     subject code from the reference list ({@code content/subjects.yaml}), e.g. {@code HEALTH}
 * @param audiences   audience codes, e.g. {@code ADULTS}, {@code FARMERS}
 * @param level       {@code BASIC}, {@code INTERMEDIATE} or {@code ADVANCED}
 * @param language    ISO 639-1 code, e.g. {@code vi}
 * @param licence     {@code CC_BY}, {@code CC_BY_SA}, {@code PUBLIC_DOMAIN} or {@code ALL_RIGHTS_RESERVED}
 * @param format      {@code PDF}, {@code DOCX}, {@code ODT}, {@code PPTX}, {@code XLSX}, {@code HTML}, {@code TXT},
 *                    {@code EPUB}, {@code VIDEO} (a link) or {@code WEB_PAGE} (a link)
 * @param author      author or source as published, may be empty
 * @param centreId    the publishing centre, or null when a city or district administrator published it
 * @param centreName  that centre's name, or the publishing unit's name
 * @param published   the date of publication
 */
public record MaterialDocument(long id, int version, String title, String description, String text, String subject,
                               List<String> audiences, String level, String language, String licence, String format,
                               String author, Long centreId, String centreName, LocalDate published) {

    public MaterialDocument {
        audiences = List.copyOf(audiences);
        text = text == null ? "" : text;
        description = description == null ? "" : description;
        author = author == null ? "" : author;
    }
}
