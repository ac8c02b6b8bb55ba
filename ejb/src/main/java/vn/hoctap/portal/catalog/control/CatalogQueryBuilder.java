package vn.hoctap.portal.catalog.control;

import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.platform.VietnameseText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link CatalogQuery} into JPQL with named parameters: the classes, not cancelled and
 * not yet over, of published or running courses, filtered, sorted and counted.
 */
public final class CatalogQueryBuilder {

    /** The two statements for one query, sharing their parameters. */
    public record Jpql(String select, String count, Map<String, Object> parameters) {
    }

    private static final String FROM = """
             from ClassOffering c join c.course co join co.centre ce join ce.ward w join co.programme p
             join c.venue v left join c.teacher t""";

    private static final String CARD = """
            select new vn.hoctap.portal.catalog.boundary.ClassCard(
                c.id, co.id, co.title, co.summary, p.nameVi, p.nameEn, ce.name, w.name, v.name,
                t.fullName, c.guestSpeaker, c.startDate, c.endDate, c.weekdays, c.usualStart, c.usualEnd,
                c.capacity, c.capacity - c.seatsTaken, co.fee)""";

    private CatalogQueryBuilder() {
    }

    public static Jpql build(CatalogQuery query, LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add("c.cancelled = false");
        // single-valued parameters only: Hibernate neither keeps the plan nor the SQL of a query
        // with a list parameter ("in :list") and translates it afresh on every execution
        where.add("co.status in (:published, :running)");
        parameters.put("published", CourseStatus.PUBLISHED);
        parameters.put("running", CourseStatus.RUNNING);
        where.add("c.endDate >= :today");
        parameters.put("today", today);
        List<String> words = VietnameseText.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.add("co.searchText like :word" + i);
            // words hold only letters and digits (VietnameseText.words): nothing to escape
            parameters.put("word" + i, "%" + words.get(i) + "%");
        }
        if (query.wardId() != null) {
            where.add("w.id = :ward");
            parameters.put("ward", query.wardId());
        }
        if (query.centreId() != null) {
            where.add("ce.id = :centre");
            parameters.put("centre", query.centreId());
        }
        if (query.programme() != null && !query.programme().isBlank()) {
            where.add("p.code = :programme");
            parameters.put("programme", query.programme());
        }
        if (!query.days().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (DayOfWeek day : query.days().stream().sorted().toList()) {
                any.add("c.weekdays like :day" + day.getValue());
                parameters.put("day" + day.getValue(), "%" + ClassOffering.patternOf(day) + "%");
            }
            where.add("(" + String.join(" or ", any) + ")");
        }
        if (query.timeOfDay() != null) {
            where.add("c.usualStart >= :partFrom");
            parameters.put("partFrom", query.timeOfDay().from());
            if (query.timeOfDay() != vn.hoctap.portal.catalog.entity.TimeOfDay.EVENING) {
                where.add("c.usualStart < :partUntil");
                parameters.put("partUntil", query.timeOfDay().until());
            }
        }
        if (query.startsWithinDays() != null) {
            where.add("c.startDate between :today and :latestStart");
            parameters.put("latestStart", today.plusDays(query.startsWithinDays()));
        }
        if (query.freeSeatsOnly()) {
            where.add("c.seatsTaken < c.capacity");
        }
        if (query.freeOfChargeOnly()) {
            where.add("co.fee = 0");
        }
        String filter = FROM + " where " + String.join(" and ", where);
        return new Jpql(CARD + filter + " order by " + orderOf(query.sort()), "select count(c)" + filter, parameters);
    }

    private static String orderOf(CatalogQuery.Sort sort) {
        return switch (sort) {
            case START_DATE -> "c.startDate, co.title, c.id";
            case TITLE -> "co.title, c.startDate, c.id";
            case FEE -> "co.fee, c.startDate, c.id";
            case NEWEST -> "c.id desc";
        };
    }
}
