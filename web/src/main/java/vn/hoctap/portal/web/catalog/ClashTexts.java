package vn.hoctap.portal.web.catalog;

import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.web.platform.Texts;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a clash is said to a manager, on a page or in the API: the other class, its day and hours. */
public final class ClashTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ClashTexts() {
    }

    public static String date(Clash clash) {
        return DAY.format(clash.other().start());
    }

    public static String from(Clash clash) {
        return TIME.format(clash.other().start());
    }

    public static String to(Clash clash) {
        return TIME.format(clash.other().end());
    }

    /**
     * The clashes of a long plan, one line per other class and kind ("the room is taken by class X
     * on 21 sessions: 05/01/2027 19:00–21:00, …"), teacher clashes first.
     */
    public static java.util.List<java.util.Map.Entry<Clash.Kind, String>> grouped(java.util.List<Clash> clashes, Locale locale) {
        var groups = new java.util.TreeMap<String, java.util.List<Clash>>();
        for (Clash clash : clashes) {
            groups.computeIfAbsent((clash.kind() == Clash.Kind.TEACHER ? "0" : "1") + clash.otherClass(),
                    key -> new java.util.ArrayList<>()).add(clash);
        }
        return groups.values().stream().map(group -> {
            Clash first = group.get(0);
            String when = group.stream().map(c -> date(c) + " " + from(c) + "–" + to(c))
                    .distinct().collect(java.util.stream.Collectors.joining(", "));
            String key = first.kind() == Clash.Kind.VENUE ? "manage.clash.venue" : "manage.clash.teacher";
            return java.util.Map.entry(first.kind(), Texts.text(locale, key, first.otherClass(), group.size(), when));
        }).toList();
    }

    public static String text(Clash clash, Locale locale) {
        String key = clash.kind() == Clash.Kind.VENUE ? "schedule.clash.venue" : "schedule.clash.teacher";
        return Texts.text(locale, key, clash.otherClass(), date(clash), from(clash), to(clash));
    }
}
