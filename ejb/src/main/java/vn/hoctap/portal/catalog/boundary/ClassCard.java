package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A class as the catalog lists it. {@code weekdays} is the stored pattern "|TUESDAY|THURSDAY|". */
public record ClassCard(long classId, long courseId, String title, String summary,
                        String programmeVi, String programmeEn, String centre, String ward, String venue,
                        String teacher, String guestSpeaker, LocalDate startDate, LocalDate endDate,
                        String weekdays, LocalTime usualStart, LocalTime usualEnd, int capacity, int seatsLeft,
                        long fee) {

    static ClassCard of(ClassOffering c) {
        var co = c.course();
        var teacher = c.teacher();
        return new ClassCard(c.id(), co.id(), co.title(), co.summary(), co.programme().nameVi(), co.programme().nameEn(),
                co.centre().name(), co.centre().ward().name(), c.venue().name(),
                teacher == null ? null : teacher.fullName(), c.guestSpeaker(), c.startDate(), c.endDate(),
                ClassOffering.patternText(c.weekdays()), c.usualStart(), c.usualEnd(), c.capacity(), c.seatsLeft(), co.fee());
    }

    /** A course's target groups by name, in a stable order. */
    static SortedSet<String> groups(Course course) {
        return course.audienceGroups().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
