package vn.hoctap.portal.platform.content;

import static vn.hoctap.portal.platform.content.YamlNodes.constant;
import static vn.hoctap.portal.platform.content.YamlNodes.list;
import static vn.hoctap.portal.platform.content.YamlNodes.map;
import static vn.hoctap.portal.platform.content.YamlNodes.optional;
import static vn.hoctap.portal.platform.content.YamlNodes.text;

import vn.hoctap.portal.assessment.entity.CitizenGroup;
import vn.hoctap.portal.assessment.entity.CriteriaDefinition;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the criteria sets of the learning titles from {@code criteria/*.yaml}, one set per file,
 * in file name order. A missing folder means no sets; a wrong value is refused with the file and
 * the field named (the sets' own rules — points, thresholds — are checked when published).
 */
public final class CriteriaContentFiles {

    public static final String FOLDER = "criteria";

    private final Path folder;

    public CriteriaContentFiles(Path contentFolder) {
        this.folder = contentFolder.resolve(FOLDER);
    }

    public List<CriteriaDefinition> sets() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(f -> set(f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CriteriaDefinition set(String file) {
        String where = FOLDER + "/" + file;
        Map<String, Object> root = map(YamlNodes.load(folder, file), where);
        TitleKind kind = constant(TitleKind.class, text(root, "kind", where), "kind", where);
        String group = optional(root, "citizenGroup");
        Map<String, Object> period = map(root.get("period"), where + " period");
        Map<String, Object> rules = map(root.get("rules"), where + " rules");
        String minEach = optional(rules, "minEachIndicator");
        List<CriteriaDefinition.Criterion> criteria = list(root, "criteria", where).stream().map(c -> {
            Map<String, Object> criterion = map(c, where);
            String at = where + " criterion " + criterion.get("code");
            return new CriteriaDefinition.Criterion(optional(criterion, "code"), text(criterion, "title", at),
                    list(criterion, "indicators", at).stream().map(i -> {
                        Map<String, Object> indicator = map(i, at);
                        String minPoints = optional(indicator, "minPoints");
                        return new CriteriaDefinition.Indicator(text(indicator, "text", at),
                                number(text(indicator, "maxPoints", at), at, "maxPoints"),
                                minPoints == null ? null : number(minPoints, at, "minPoints"),
                                Boolean.parseBoolean(optional(indicator, "mandatory")),
                                optional(indicator, "evidence"));
                    }).toList());
        }).toList();
        return new CriteriaDefinition(text(root, "code", where), kind,
                group == null ? null : constant(CitizenGroup.class, group, "citizenGroup", where),
                text(root, "name", where), optional(root, "source"),
                number(text(period, "from", where), where, "period.from"), number(text(period, "to", where), where, "period.to"),
                Boolean.parseBoolean(optional(root, "template")),
                number(text(rules, "minTotal", where), where, "rules.minTotal"),
                minEach == null ? null : number(minEach, where, "rules.minEachIndicator"), criteria);
    }

    private static int number(String value, String where, String field) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be a whole number, not '" + value + "'");
        }
    }
}
