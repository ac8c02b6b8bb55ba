package vn.hoctap.portal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.RichText;
import vn.hoctap.portal.platform.VietnameseText;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A course of a centre (e.g. "Lớp xóa mù chữ giai đoạn 1 – buổi tối"): what it teaches, to whom,
 * at what fee, and where it stands in its life (draft → published → running → completed). It may
 * require other courses of its centre or district to be completed first ({@link #requireCompletionOf}),
 * beside the free-text {@link #prerequisites()} that describes what a learner should bring.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false)
    private LearningCentre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Convert(converter = TargetGroup.SetConverter.class)
    @Column(name = "audience_groups", nullable = false, length = 200)
    private Set<TargetGroup> audienceGroups = EnumSet.noneOf(TargetGroup.class);

    @Column(length = 100)
    private String level;

    @Column(length = 500)
    private String prerequisites;

    /** The courses whose completion this one requires: of the same centre or district, never itself, no cycles. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "course_prerequisite", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "required_course_id"))
    private Set<Course> requiredCourses = new LinkedHashSet<>();

    @Column(nullable = false)
    private long fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status = CourseStatus.DRAFT;

    /** Title and summary folded for search with or without diacritics; kept by the course itself. */
    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText = "";

    @Version
    private int version;

    protected Course() {
    }

    public Course(String code, LearningCentre centre, Programme programme, String title, String summary) {
        this.code = Objects.requireNonNull(code);
        this.centre = Objects.requireNonNull(centre);
        this.programme = Objects.requireNonNull(programme);
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.searchText = searchTextOf(title, summary);
    }

    /** A new programme, title and summary; a completed or cancelled course is history and stays as it was. */
    public void rewrite(Programme newProgramme, String newTitle, String newSummary) {
        requireOpen();
        this.programme = Objects.requireNonNull(newProgramme);
        this.title = Objects.requireNonNull(newTitle);
        this.summary = Objects.requireNonNull(newSummary);
        this.searchText = searchTextOf(newTitle, newSummary);
    }

    private void requireOpen() {
        if (status.next().isEmpty()) {
            throw new BusinessException("course.closed", status.name());
        }
    }

    /** Title and summary as the catalog's text filter compares them (see {@link VietnameseText}). */
    public static String searchTextOf(String title, String summary) {
        String folded = VietnameseText.fold(title + " " + summary);
        return folded.length() > 1000 ? folded.substring(0, 1000) : folded;
    }

    public String searchText() {
        return searchText;
    }

    /**
     * What the course is and who it is for. The description is HTML from the editor and is
     * sanitised here; ages are optional, but the youngest cannot be older than the oldest.
     */
    public void describe(String description, Integer minAge, Integer maxAge, Set<TargetGroup> groups,
                         String level, String prerequisites) {
        requireOpen();
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw InvalidInputException.of("maxAge", "course.age.range");
        }
        this.description = RichText.sanitise(description);
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.audienceGroups = groups == null || groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups);
        this.level = level;
        this.prerequisites = prerequisites;
    }

    /**
     * The courses a learner must have completed before enrolling in this one, replacing those named
     * before. Each is of the same centre or of another centre of the same district; the course
     * cannot require itself, nor a course that (through others) requires it.
     */
    public void requireCompletionOf(Collection<Course> courses) {
        requireOpen();
        Set<Course> required = new LinkedHashSet<>(courses);
        for (Course other : required) {
            if (same(other, this)) {
                throw InvalidInputException.of("prerequisiteCourseIds", "course.requires.self");
            }
            if (!sameDistrict(other)) {
                throw InvalidInputException.of("prerequisiteCourseIds", "course.requires.elsewhere", other.title());
            }
            if (other.requiresTransitively(this)) {
                throw InvalidInputException.of("prerequisiteCourseIds", "course.requires.cycle", other.title());
            }
        }
        requiredCourses.clear();
        requiredCourses.addAll(required);
    }

    private boolean sameDistrict(Course other) {
        if (centre.equals(other.centre())) {
            return true;
        }
        var district = centre.ward().parent();
        return district != null && other.centre().isWithin(district);
    }

    /**
     * Whether {@code course} is among the courses this one requires, directly or through others.
     * Accessors, not fields, and codes, not references: a lazily loaded course may be a proxy.
     */
    private boolean requiresTransitively(Course course) {
        Set<String> seen = new java.util.HashSet<>();
        Deque<Course> toVisit = new ArrayDeque<>(requiredCourses());
        while (!toVisit.isEmpty()) {
            Course next = toVisit.pop();
            if (same(next, course)) {
                return true;
            }
            if (seen.add(next.code())) {
                toVisit.addAll(next.requiredCourses());
            }
        }
        return false;
    }

    private static boolean same(Course a, Course b) {
        return a == b || a.code().equals(b.code());
    }

    /**
     * The required courses a learner has not completed, by title: empty when the courses they
     * completed (by code; a course the centre recognised as equivalent counts) satisfy this course.
     */
    public List<Course> missingPrerequisites(Set<String> completedCourseCodes) {
        return requiredCourses.stream().filter(c -> !completedCourseCodes.contains(c.code()))
                .sorted(Comparator.comparing(Course::title)).toList();
    }

    /** Whether the courses a learner completed (by code) satisfy this course's prerequisites. */
    public boolean prerequisitesMetBy(Set<String> completedCourseCodes) {
        return missingPrerequisites(completedCourseCodes).isEmpty();
    }

    /** The courses this one requires completed first, by title. */
    public List<Course> requiredCourses() {
        return requiredCourses.stream().sorted(Comparator.comparing(Course::title)).toList();
    }

    public void charge(long feeInDong) {
        requireOpen();
        if (feeInDong < 0) {
            throw InvalidInputException.of("fee", "course.fee.negative");
        }
        this.fee = feeInDong;
    }

    /** Moves the course on in its life; a step the life does not allow is refused. */
    public void moveTo(CourseStatus next) {
        if (!status.next().contains(next)) {
            throw new BusinessException("course.status.notAllowed", status.name(), next.name());
        }
        status = next;
    }

    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LearningCentre centre() {
        return centre;
    }

    public Programme programme() {
        return programme;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    public Set<TargetGroup> audienceGroups() {
        return EnumSet.copyOf(audienceGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : audienceGroups);
    }

    public String level() {
        return level;
    }

    public String prerequisites() {
        return prerequisites;
    }

    public long fee() {
        return fee;
    }

    public CourseStatus status() {
        return status;
    }
}
