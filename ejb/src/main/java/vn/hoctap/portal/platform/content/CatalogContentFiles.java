package vn.hoctap.portal.platform.content;

import static vn.hoctap.portal.platform.content.YamlNodes.bool;
import static vn.hoctap.portal.platform.content.YamlNodes.date;
import static vn.hoctap.portal.platform.content.YamlNodes.integer;
import static vn.hoctap.portal.platform.content.YamlNodes.list;
import static vn.hoctap.portal.platform.content.YamlNodes.map;
import static vn.hoctap.portal.platform.content.YamlNodes.number;
import static vn.hoctap.portal.platform.content.YamlNodes.only;
import static vn.hoctap.portal.platform.content.YamlNodes.optional;
import static vn.hoctap.portal.platform.content.YamlNodes.parsed;
import static vn.hoctap.portal.platform.content.YamlNodes.text;

import vn.hoctap.portal.catalog.boundary.CatalogContent;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.TargetGroup;
import vn.hoctap.portal.catalog.entity.VenueKind;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalog files of {@code content/} (programmes, holidays, venues, courses) into a
 * {@link CatalogContent}. A missing or invalid value, or an unknown field, is refused with the
 * file, the record and the field named. References between records (a course's centre, a class's
 * venue or teacher) are not checked here: the importer resolves them.
 */
public final class CatalogContentFiles {

    public static final String PROGRAMMES = "programmes.yaml";
    public static final String HOLIDAYS = "holidays.yaml";
    public static final String VENUES = "venues.yaml";
    public static final String COURSES = "courses.yaml";

    static final List<String> VENUE_KINDS = names(VenueKind.values());
    /** Demo content starts a course as a draft or published; the rest of its life happens in the portal. */
    static final List<String> STATUSES = List.of(CourseStatus.DRAFT.name(), CourseStatus.PUBLISHED.name());
    static final List<String> AUDIENCE_GROUPS = names(TargetGroup.values());

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
    static final int MAX_WEEKS = 40;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Path folder;

    public CatalogContentFiles(Path folder) {
        this.folder = folder;
    }

    public CatalogContent catalog() {
        return new CatalogContent(programmes(), holidays(), venues(), courses());
    }

    private List<CatalogContent.Programme> programmes() {
        return list(map(YamlNodes.load(folder, PROGRAMMES), PROGRAMMES), "programmes", PROGRAMMES).stream().map(p -> {
            Map<String, Object> node = map(p, PROGRAMMES);
            String where = PROGRAMMES + " (programme " + node.get("code") + ")";
            only(node, where, "code", "nameVi", "nameEn", "literacy", "eligibility");
            CatalogContent.Eligibility eligibility = null;
            if (node.get("eligibility") != null) {
                Map<String, Object> rules = map(node.get("eligibility"), where);
                String rulesWhere = where + " eligibility";
                only(rules, rulesWhere, "minAge", "maxAge", "requires", "orGrade");
                eligibility = new CatalogContent.Eligibility(
                        rules.get("minAge") == null ? null : integer(rules, "minAge", 0, 120, rulesWhere),
                        rules.get("maxAge") == null ? null : integer(rules, "maxAge", 0, 120, rulesWhere),
                        optional(rules, "requires"),
                        rules.get("orGrade") == null ? null : integer(rules, "orGrade", 1, 12, rulesWhere));
            }
            return new CatalogContent.Programme(text(node, "code", where), text(node, "nameVi", where),
                    text(node, "nameEn", where), bool(node, "literacy", where), eligibility);
        }).toList();
    }

    private List<CatalogContent.Holiday> holidays() {
        return list(map(YamlNodes.load(folder, HOLIDAYS), HOLIDAYS), "holidays", HOLIDAYS).stream().map(h -> {
            Map<String, Object> node = map(h, HOLIDAYS);
            String where = HOLIDAYS + " (holiday " + node.get("name") + ")";
            only(node, where, "from", "to", "name");
            LocalDate from = date(node, "from", where);
            LocalDate to = date(node, "to", where);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(where + ": 'to' (" + to + ") is before 'from' (" + from + ")");
            }
            return new CatalogContent.Holiday(from, to, text(node, "name", where));
        }).toList();
    }

    private List<CatalogContent.Venue> venues() {
        return list(map(YamlNodes.load(folder, VENUES), VENUES), "venues", VENUES).stream().map(v -> {
            Map<String, Object> node = map(v, VENUES);
            String where = VENUES + " (venue " + node.get("code") + ")";
            only(node, where, "code", "centre", "name", "kind", "capacity", "address");
            return new CatalogContent.Venue(text(node, "code", where), text(node, "centre", where),
                    text(node, "name", where), word(node, "kind", VENUE_KINDS, where),
                    integer(node, "capacity", 1, Integer.MAX_VALUE, where), optional(node, "address"));
        }).toList();
    }

    private List<CatalogContent.Course> courses() {
        List<CatalogContent.Course> courses = list(map(YamlNodes.load(folder, COURSES), COURSES), "courses", COURSES).stream()
                .map(c -> course(map(c, COURSES))).toList();
        Set<String> codes = courses.stream().map(CatalogContent.Course::code).collect(java.util.stream.Collectors.toSet());
        for (var course : courses) {
            for (String required : course.requires()) {
                String where = COURSES + " (course " + course.code() + ") 'requires'";
                if (required.equals(course.code())) {
                    throw new IllegalArgumentException(where + ": a course cannot require itself");
                }
                if (!codes.contains(required)) {
                    throw new IllegalArgumentException(where + ": no course has the code '" + required + "'");
                }
            }
        }
        return courses;
    }

    private static CatalogContent.Course course(Map<String, Object> node) {
        String where = COURSES + " (course " + node.get("code") + ")";
        only(node, where, "code", "centre", "programme", "title", "summary", "description", "audience",
                "level", "prerequisites", "requires", "fee", "status", "classes");
        Map<String, Object> audience = node.get("audience") == null ? Map.of()
                : map(node.get("audience"), where + " 'audience'");
        String audienceWhere = where + " audience";
        only(audience, audienceWhere, "minAge", "maxAge", "groups");
        Integer minAge = audience.get("minAge") == null ? null : integer(audience, "minAge", 0, 120, audienceWhere);
        Integer maxAge = audience.get("maxAge") == null ? null : integer(audience, "maxAge", 0, 120, audienceWhere);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException(audienceWhere + ": 'minAge' (" + minAge + ") is above 'maxAge' (" + maxAge + ")");
        }
        List<String> groups = new ArrayList<>();
        for (Object group : list(audience, "groups", audienceWhere)) {
            groups.add(choice(String.valueOf(group).strip(), "groups", AUDIENCE_GROUPS, audienceWhere));
        }
        long fee = node.get("fee") == null ? 0 : number(node, "fee", 0, Long.MAX_VALUE, where);
        String code = text(node, "code", where);
        return new CatalogContent.Course(code, text(node, "centre", where), text(node, "programme", where),
                text(node, "title", where), text(node, "summary", where), optional(node, "description"),
                minAge, maxAge, groups, optional(node, "level"), optional(node, "prerequisites"),
                list(node, "requires", where).stream().map(r -> String.valueOf(r).strip()).distinct().toList(), fee,
                word(node, "status", STATUSES, where),
                list(node, "classes", where).stream().map(k -> offering(map(k, where + " 'classes'"), code)).toList());
    }

    private static CatalogContent.ClassOffering offering(Map<String, Object> node, String course) {
        String where = COURSES + " (class " + (node.get("code") == null ? "of course " + course : node.get("code")) + ")";
        only(node, where, "code", "teacher", "guestSpeaker", "venue", "capacity", "startDate", "schedule");
        String teacher = optional(node, "teacher");
        String guestSpeaker = optional(node, "guestSpeaker");
        if ((teacher == null) == (guestSpeaker == null)) {
            throw new IllegalArgumentException(where + ": give exactly one of 'teacher' and 'guestSpeaker', "
                    + (teacher == null ? "not neither" : "not both"));
        }
        return new CatalogContent.ClassOffering(text(node, "code", where), teacher, guestSpeaker,
                text(node, "venue", where), integer(node, "capacity", 1, Integer.MAX_VALUE, where),
                date(node, "startDate", where), schedule(node, where));
    }

    private static CatalogContent.Schedule schedule(Map<String, Object> parent, String classWhere) {
        if (parent.get("schedule") == null) {
            throw new IllegalArgumentException(classWhere + ": 'schedule' is missing");
        }
        String where = classWhere + " schedule";
        Map<String, Object> node = map(parent.get("schedule"), where);
        only(node, where, "days", "from", "to", "weeks");
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (Object day : list(node, "days", where)) {
            DayOfWeek parsed = day(String.valueOf(day), where);
            if (!days.add(parsed)) {
                throw new IllegalArgumentException(where + ": 'days' names " + parsed + " twice");
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'days' is missing or empty");
        }
        LocalTime from = time(node, "from", where);
        LocalTime to = time(node, "to", where);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException(where + ": 'from' (" + from + ") must be before 'to' (" + to + ")");
        }
        return new CatalogContent.Schedule(List.copyOf(days), from, to, integer(node, "weeks", 1, MAX_WEEKS, where));
    }

    private static DayOfWeek day(String value, String where) {
        try {
            return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": 'days' must name days among "
                    + Arrays.toString(DayOfWeek.values()) + ", not '" + value + "'");
        }
    }

    private static LocalTime time(Map<String, Object> node, String key, String where) {
        return parsed(node, key, where, value -> LocalTime.parse(value, TIME), "a time HH:MM");
    }

    private static String word(Map<String, Object> node, String key, List<String> choices, String where) {
        return choice(text(node, key, where), key, choices, where);
    }

    private static String choice(String value, String key, List<String> choices, String where) {
        if (!choices.contains(value)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be one of " + choices + ", not '" + value + "'");
        }
        return value;
    }
}
