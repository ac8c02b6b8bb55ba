package vn.hoctap.portal.materials.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A material's description after Dublin Core: title, description, subject, audience, level,
 * language, rights (licence), creator (author or source) and date.
 *
 * @param description plain text, may be null
 * @param language    ISO 639-1 code, e.g. {@code vi}
 * @param author      author or source, may be null
 * @param publishedOn the material's date; null takes the day it is first published
 */
public record MaterialMetadata(String title, String description, Subject subject, Set<Audience> audiences,
                               Level level, String language, Licence licence, String author, LocalDate publishedOn) {
}
