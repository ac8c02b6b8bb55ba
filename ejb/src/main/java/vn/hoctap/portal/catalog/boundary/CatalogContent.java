package vn.hoctap.portal.catalog.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The course catalog as the files in {@code content/} describe it: the programmes, the public
 * holidays that sessions skip, the venues of each centre and the courses with their classes.
 * Centres, venues, programmes and teachers are referred to by code (a teacher by e-mail).
 */
public record CatalogContent(List<Programme> programmes, List<Holiday> holidays, List<Venue> venues,
                             List<Course> courses) {

    public CatalogContent {
        programmes = List.copyOf(programmes);
        holidays = List.copyOf(holidays);
        venues = List.copyOf(venues);
        courses = List.copyOf(courses);
    }

    /** A programme of the yearly plan; {@code literacy} marks the two literacy phases. */
    public record Programme(String code, String nameVi, String nameEn, boolean literacy, Eligibility eligibility) {
    }

    /** Who may enrol: an age range, and a programme to complete first unless a school grade was finished. */
    public record Eligibility(Integer minAge, Integer maxAge, String requires, Integer orGrade) {
    }

    /** Public holiday from {@code from} to {@code to}, both days included. */
    public record Holiday(LocalDate from, LocalDate to, String name) {
    }

    /**
     * A room of a centre or a place outside it.
     *
     * @param centre  code of the centre the venue belongs to
     * @param kind    {@code CENTRE_ROOM} or {@code OUTSIDE_PLACE}
     * @param address null when the venue is at the centre's own address
     */
    public record Venue(String code, String centre, String name, String kind, int capacity, String address) {
    }

    /**
     * A course of a centre. Optional texts and ages are null when not given.
     *
     * @param centre         code of the centre offering the course
     * @param programme      code of its programme
     * @param description    short paragraphs separated by blank lines
     * @param requires       codes of the courses (of the centre or its district) a learner must complete first
     * @param audienceGroups target groups (WOMEN, DISABILITIES, NEWCOMERS, ELDERLY, YOUTH, FARMERS, WORKERS)
     * @param fee            in VND, 0 for free courses
     * @param status         {@code DRAFT} or {@code PUBLISHED}
     */
    public record Course(String code, String centre, String programme, String title, String summary,
                         String description, Integer minAge, Integer maxAge, List<String> audienceGroups,
                         String level, String prerequisites, List<String> requires, long fee, String status,
                         List<ClassOffering> classes) {

        public Course {
            audienceGroups = List.copyOf(audienceGroups);
            requires = requires == null ? List.of() : List.copyOf(requires);
            classes = List.copyOf(classes);
        }
    }

    /**
     * One class of a course, taught by exactly one of a teacher (an account's e-mail) or a guest
     * speaker (a name and title, no account).
     *
     * @param venue code of a venue of the course's centre
     */
    public record ClassOffering(String code, String teacher, String guestSpeaker, String venue, int capacity,
                                LocalDate startDate, Schedule schedule) {

        /** The last day of the class's last week: {@code startDate + weeks * 7 - 1}. */
        public LocalDate endDate() {
            return startDate.plusDays(schedule.weeks() * 7L - 1);
        }
    }

    /** Weekly schedule: the same days and hours every week, for {@code weeks} weeks. */
    public record Schedule(List<DayOfWeek> days, LocalTime from, LocalTime to, int weeks) {

        public Schedule {
            days = List.copyOf(days);
        }
    }
}
