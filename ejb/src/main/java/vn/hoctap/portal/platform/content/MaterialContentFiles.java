package vn.hoctap.portal.platform.content;

import static vn.hoctap.portal.platform.content.YamlNodes.list;
import static vn.hoctap.portal.platform.content.YamlNodes.map;
import static vn.hoctap.portal.platform.content.YamlNodes.optional;
import static vn.hoctap.portal.platform.content.YamlNodes.text;

import vn.hoctap.portal.materials.boundary.MaterialContent;
import vn.hoctap.portal.materials.entity.Audience;
import vn.hoctap.portal.materials.entity.Level;
import vn.hoctap.portal.materials.entity.Licence;
import vn.hoctap.portal.materials.entity.MaterialStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code subjects.yaml} and {@code materials/materials.yaml} into a {@link MaterialContent}.
 * A missing file means no materials; a wrong value, an unknown field or a file outside the
 * materials folder is refused with the file, the material and the field named. Subject codes and
 * centres are resolved by the importer.
 */
public final class MaterialContentFiles {

    public static final String SUBJECTS = "subjects.yaml";
    public static final String MATERIALS = "materials/materials.yaml";

    private static final List<String> FIELDS = List.of("key", "title", "description", "subject", "audiences",
            "level", "language", "licence", "author", "centre", "publisher", "published", "file", "link",
            "linkKind", "status");

    private final Path folder;

    public MaterialContentFiles(Path folder) {
        this.folder = folder;
    }

    /** True when the folder has a subjects list (materials need it). */
    public boolean present() {
        return Files.isRegularFile(folder.resolve(SUBJECTS));
    }

    public MaterialContent materials() {
        List<MaterialContent.Subject> subjects = list(map(YamlNodes.load(folder, SUBJECTS), SUBJECTS), "subjects", SUBJECTS)
                .stream().map(s -> {
                    Map<String, Object> node = map(s, SUBJECTS);
                    String where = SUBJECTS + " (subject " + node.get("code") + ")";
                    return new MaterialContent.Subject(text(node, "code", where), text(node, "nameVi", where),
                            text(node, "nameEn", where));
                }).toList();
        if (!Files.isRegularFile(folder.resolve(MATERIALS))) {
            return new MaterialContent(subjects, List.of());
        }
        Set<String> keys = new HashSet<>();
        List<MaterialContent.Item> items = list(map(YamlNodes.load(folder, MATERIALS), MATERIALS), "materials", MATERIALS)
                .stream().map(m -> item(map(m, MATERIALS))).peek(item -> {
                    if (!keys.add(item.key())) {
                        throw new IllegalArgumentException(MATERIALS + ": the key '" + item.key() + "' is used twice");
                    }
                }).toList();
        return new MaterialContent(subjects, items);
    }

    private MaterialContent.Item item(Map<String, Object> node) {
        String where = MATERIALS + " (material " + node.get("key") + ")";
        for (Object key : node.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown field '" + key + "', expected one of " + FIELDS);
            }
        }
        String file = optional(node, "file");
        String link = optional(node, "link");
        if ((file == null) == (link == null)) {
            throw new IllegalArgumentException(where + ": give exactly one of 'file' and 'link'");
        }
        String linkKind = link == null ? null : choice(text(node, "linkKind", where), "linkKind", List.of("VIDEO", "WEB_PAGE"), where);
        List<String> audiences = list(node, "audiences", where).stream()
                .map(a -> choice(String.valueOf(a).strip(), "audiences", names(Audience.values()), where)).toList();
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'audiences' is missing or empty");
        }
        String status = optional(node, "status");
        return new MaterialContent.Item(text(node, "key", where), text(node, "title", where), optional(node, "description"),
                text(node, "subject", where), audiences, choice(text(node, "level", where), "level", names(Level.values()), where),
                text(node, "language", where), choice(text(node, "licence", where), "licence", names(Licence.values()), where),
                optional(node, "author"), optional(node, "centre"), optional(node, "publisher"),
                date(node, where), file == null ? null : file(file, where), link, linkKind,
                status == null ? MaterialStatus.PUBLISHED.name() : choice(status, "status", names(MaterialStatus.values()), where));
    }

    /** A file of the materials folder; never one outside it. */
    private Path file(String relative, String where) {
        Path materials = folder.resolve(MATERIALS).getParent().toAbsolutePath().normalize();
        Path file = materials.resolve(relative).normalize();
        if (!file.startsWith(materials)) {
            throw new IllegalArgumentException(where + ": 'file' must stay within " + materials + ", not " + relative);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(where + ": no file " + file);
        }
        return file;
    }

    private static LocalDate date(Map<String, Object> node, String where) {
        String value = optional(node, "published");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": 'published' must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String choice(String value, String key, List<String> choices, String where) {
        if (!choices.contains(value)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be one of " + choices + ", not '" + value + "'");
        }
        return value;
    }
}
