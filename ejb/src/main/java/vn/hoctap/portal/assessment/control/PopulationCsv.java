package vn.hoctap.portal.assessment.control;

import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads eligible population figures from CSV, one figure a line: {@code year,group,kind,eligible}
 * — the year, the residential group's code, the title (CITIZEN, FAMILY, CLAN, COMMUNITY, UNIT) and
 * how many could hold it. Commas or semicolons (as a spreadsheet saves it), an optional header
 * line, blank lines, lines starting with # and a byte order mark are fine. Every broken line is reported with its number
 * and what is wrong, and the file is taken whole or not at all.
 */
public final class PopulationCsv {

    public static final int MAX_LINES = 10_000;

    /** A figure read from a line. */
    public record Row(int line, int year, String group, TitleKind kind, int eligible) implements Serializable {
    }

    /** A broken line: its number (1 = the first line of the file), a message key and its arguments. */
    public record LineError(int line, String messageKey, List<Object> arguments) implements Serializable {
        public LineError {
            arguments = List.copyOf(arguments);
        }
    }

    /** What a file holds: its figures, or why some lines cannot be taken. */
    public record Parsed(List<Row> rows, List<LineError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private PopulationCsv() {
    }

    /** @param knownGroup true for the code of a residential group the importer may change */
    public static Parsed parse(String text, Predicate<String> knownGroup) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new LineError(0, "titles.csv.empty", List.of()));
            return new Parsed(rows, errors);
        }
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            errors.add(new LineError(0, "titles.csv.tooLong", List.of(MAX_LINES)));
            return new Parsed(rows, errors);
        }
        Set<String> seen = new HashSet<>();
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(line.contains(";") ? ";" : ",", -1);
            boolean header = first && cells[0].strip().toLowerCase(Locale.ROOT).matches("year|năm|nam");
            first = false;
            if (header) {
                continue;
            }
            if (cells.length != 4) {
                errors.add(new LineError(number, "titles.csv.columns", List.of(cells.length)));
                continue;
            }
            int before = errors.size();
            Integer year = whole(cells[0]);
            if (year == null || year < 2000 || year > 2100) {
                errors.add(new LineError(number, "titles.csv.year", List.of(cells[0].strip())));
            }
            String group = cells[1].strip();
            if (!knownGroup.test(group)) {
                errors.add(new LineError(number, "titles.csv.group", List.of(group)));
            }
            TitleKind kind = kind(cells[2]);
            if (kind == null) {
                errors.add(new LineError(number, "titles.csv.kind", List.of(cells[2].strip())));
            }
            Integer eligible = whole(cells[3]);
            if (eligible == null || eligible < 0) {
                errors.add(new LineError(number, "titles.csv.eligible", List.of(cells[3].strip())));
            }
            if (errors.size() > before) {
                continue;
            }
            if (!seen.add(year + "|" + group + "|" + kind)) {
                errors.add(new LineError(number, "titles.csv.duplicate", List.of(group, year)));
                continue;
            }
            rows.add(new Row(number, year, group, kind, eligible));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(0, "titles.csv.empty", List.of()));
        }
        return new Parsed(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static Integer whole(String cell) {
        String plain = cell.strip().replace(".", "").replace(" ", "");
        try {
            return plain.isEmpty() ? null : Integer.valueOf(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TitleKind kind(String cell) {
        try {
            return TitleKind.valueOf(cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
