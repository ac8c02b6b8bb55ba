package vn.hoctap.portal.platform.content;

import static vn.hoctap.portal.platform.content.YamlNodes.bool;
import static vn.hoctap.portal.platform.content.YamlNodes.constant;
import static vn.hoctap.portal.platform.content.YamlNodes.date;
import static vn.hoctap.portal.platform.content.YamlNodes.dateTime;
import static vn.hoctap.portal.platform.content.YamlNodes.integer;
import static vn.hoctap.portal.platform.content.YamlNodes.list;
import static vn.hoctap.portal.platform.content.YamlNodes.map;
import static vn.hoctap.portal.platform.content.YamlNodes.only;
import static vn.hoctap.portal.platform.content.YamlNodes.optional;
import static vn.hoctap.portal.platform.content.YamlNodes.text;

import vn.hoctap.portal.events.boundary.EventContent;
import vn.hoctap.portal.events.boundary.EventContent.CampaignEntry;
import vn.hoctap.portal.events.boundary.EventContent.EventEntry;
import vn.hoctap.portal.events.boundary.EventContent.RsvpEntry;
import vn.hoctap.portal.events.entity.CampaignKind;
import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the campaigns and events of {@code events/}: {@code campaigns.yaml}, then every other
 * {@code *.yaml} file of the folder, one programme each, in file name order. A missing folder
 * means no events. A missing or invalid value, an unknown field or constant, an end before the
 * start, an event outside its campaign's dates or a code used twice is refused with the file,
 * the record and the field named. Districts, wards, centres, venues and residents are resolved by
 * the importer; the campaign of an event must be one of {@code campaigns.yaml}.
 */
public final class EventContentFiles {

    public static final String FOLDER = "events";
    public static final String CAMPAIGNS = "campaigns.yaml";

    /** The widths of the database columns (V11__events.sql) that the texts must fit. */
    static final int CODE_LENGTH = 40;
    static final int CAMPAIGN_CODE_LENGTH = 60;
    static final int TEXT_LENGTH = 300;
    static final int THEME_LENGTH = 1000;
    static final int DESCRIPTION_LENGTH = 5000;

    private EventContentFiles() {
    }

    public static EventContent read(Path contentFolder) {
        Path folder = contentFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return EventContent.empty();
        }
        Map<String, CampaignEntry> campaigns = Files.isRegularFile(folder.resolve(CAMPAIGNS))
                ? campaigns(folder) : Map.of();
        Map<String, String> fileOfCode = new HashMap<>();
        List<EventEntry> events = new ArrayList<>();
        for (String file : programmeFiles(folder)) {
            String where = FOLDER + "/" + file;
            Map<String, Object> root = map(YamlNodes.load(folder, file), where);
            only(root, where, "events");
            for (Object node : list(root, "events", where)) {
                EventEntry event = event(map(node, where), where, campaigns);
                String earlier = fileOfCode.putIfAbsent(event.code(), where);
                if (earlier != null) {
                    throw new IllegalArgumentException(where + " (event " + event.code() + "): the code '" + event.code()
                            + "' is already used in " + earlier);
                }
                events.add(event);
            }
        }
        return new EventContent(List.copyOf(campaigns.values()), events);
    }

    private static List<String> programmeFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals(CAMPAIGNS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CampaignEntry> campaigns(Path folder) {
        String file = FOLDER + "/" + CAMPAIGNS;
        Map<String, Object> root = map(YamlNodes.load(folder, CAMPAIGNS), file);
        only(root, file, "campaigns");
        Map<String, CampaignEntry> campaigns = new LinkedHashMap<>();
        for (Object c : list(root, "campaigns", file)) {
            Map<String, Object> node = map(c, file);
            String where = file + " (campaign " + node.get("code") + ")";
            only(node, where, "code", "name", "theme", "kind", "district", "start", "end");
            LocalDate start = date(node, "start", where);
            LocalDate end = date(node, "end", where);
            if (end.isBefore(start)) {
                throw new IllegalArgumentException(where + ": 'end' (" + end + ") is before 'start' (" + start + ")");
            }
            String theme = optional(node, "theme");
            CampaignEntry campaign = new CampaignEntry(fitting(text(node, "code", where), CAMPAIGN_CODE_LENGTH, "code", where),
                    fitting(text(node, "name", where), TEXT_LENGTH, "name", where),
                    theme == null ? null : fitting(theme, THEME_LENGTH, "theme", where),
                    constant(CampaignKind.class, text(node, "kind", where), "kind", where),
                    text(node, "district", where), start, end);
            if (campaigns.putIfAbsent(campaign.code(), campaign) != null) {
                throw new IllegalArgumentException(where + ": the code '" + campaign.code() + "' is used twice");
            }
        }
        return campaigns;
    }

    private static EventEntry event(Map<String, Object> node, String file, Map<String, CampaignEntry> campaigns) {
        String where = file + " (event " + node.get("code") + ")";
        only(node, where, "code", "title", "description", "type", "organiser", "campaign", "district", "ward", "centre",
                "venue", "place", "start", "end", "audience", "capacity", "status", "walkIns", "rsvps");
        if (node.get("organiser") == null) {
            throw new IllegalArgumentException(where + ": 'organiser' is missing");
        }
        String organiserWhere = where + " organiser";
        Map<String, Object> organiser = map(node.get("organiser"), organiserWhere);
        only(organiser, organiserWhere, "kind", "name");

        String ward = optional(node, "ward");
        String centre = optional(node, "centre");
        String venue = optional(node, "venue");
        String place = optional(node, "place");
        if ((venue == null) == (place == null)) {
            throw new IllegalArgumentException(where + ": give exactly one of 'venue' and 'place', "
                    + (venue == null ? "not neither" : "not both"));
        }
        if (centre != null && ward == null) {
            throw new IllegalArgumentException(where + ": 'centre' " + centre + " needs the 'ward' it serves");
        }
        if (venue != null && centre == null) {
            throw new IllegalArgumentException(where + ": 'venue' " + venue + " is a centre's: give its 'centre' too");
        }

        LocalDateTime start = dateTime(node, "start", where);
        LocalDateTime end = dateTime(node, "end", where);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(where + ": 'end' (" + end + ") must be after 'start' (" + start + ")");
        }
        String campaign = optional(node, "campaign");
        if (campaign != null) {
            within(campaigns.get(campaign), campaign, start, end, where);
        }

        Integer capacity = node.get("capacity") == null ? null : integer(node, "capacity", 1, Integer.MAX_VALUE, where);
        EventStatus status = node.get("status") == null ? EventStatus.SCHEDULED
                : constant(EventStatus.class, text(node, "status", where), "status", where);
        int walkIns = node.get("walkIns") == null ? 0 : integer(node, "walkIns", 0, Integer.MAX_VALUE, where);
        List<RsvpEntry> rsvps = rsvps(node, where);
        if (status == EventStatus.CANCELLED && (walkIns > 0 || !rsvps.isEmpty())) {
            throw new IllegalArgumentException(where + ": a cancelled event has no 'walkIns' and no 'rsvps'");
        }
        if (capacity != null && rsvps.size() > capacity) {
            throw new IllegalArgumentException(where + ": 'rsvps' names " + rsvps.size()
                    + " residents, more than the 'capacity' of " + capacity);
        }
        String description = optional(node, "description");
        String audience = optional(node, "audience");
        return new EventEntry(fitting(text(node, "code", where), CODE_LENGTH, "code", where),
                fitting(text(node, "title", where), TEXT_LENGTH, "title", where),
                description == null ? null : fitting(description, DESCRIPTION_LENGTH, "description", where),
                constant(EventType.class, text(node, "type", where), "type", where),
                constant(OrganiserKind.class, text(organiser, "kind", organiserWhere), "kind", organiserWhere),
                fitting(text(organiser, "name", organiserWhere), TEXT_LENGTH, "name", organiserWhere),
                campaign, text(node, "district", where), ward, centre, venue,
                place == null ? null : fitting(place, TEXT_LENGTH, "place", where), start, end,
                audience == null ? null : fitting(audience, TEXT_LENGTH, "audience", where),
                capacity, status, walkIns, rsvps);
    }

    private static void within(CampaignEntry campaign, String code, LocalDateTime start, LocalDateTime end, String where) {
        if (campaign == null) {
            throw new IllegalArgumentException(where + ": 'campaign' " + code + " is not in " + FOLDER + "/" + CAMPAIGNS);
        }
        if (start.toLocalDate().isBefore(campaign.start()) || end.toLocalDate().isAfter(campaign.end())) {
            throw new IllegalArgumentException(where + ": 'start' and 'end' (" + start + " to " + end
                    + ") must fall within the dates of campaign " + code + " (" + campaign.start() + " to "
                    + campaign.end() + ")");
        }
    }

    private static List<RsvpEntry> rsvps(Map<String, Object> event, String eventWhere) {
        String where = eventWhere + " rsvps";
        Set<String> residents = new HashSet<>();
        List<RsvpEntry> rsvps = new ArrayList<>();
        for (Object r : list(event, "rsvps", eventWhere)) {
            Map<String, Object> node = map(r, where);
            only(node, where, "resident", "checkedIn");
            String resident = text(node, "resident", where);
            if (!residents.add(resident)) {
                throw new IllegalArgumentException(where + ": 'resident' " + resident + " is named twice");
            }
            rsvps.add(new RsvpEntry(resident, node.get("checkedIn") != null && bool(node, "checkedIn", where)));
        }
        return rsvps;
    }

    private static String fitting(String value, int length, String key, String where) {
        if (value.length() > length) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be at most " + length
                    + " characters, not " + value.length());
        }
        return value;
    }
}
