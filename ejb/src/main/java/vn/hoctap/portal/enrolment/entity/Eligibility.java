package vn.hoctap.portal.enrolment.entity;

import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.Programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may enrol in a class, by the rules its course and programme carry as data: the class is
 * open, the learner's age is within both ranges (literacy: 15–60), a required programme was
 * completed first or an equivalent school grade finished (literacy phase 2: phase 1, or grade 3),
 * no other class of the learner meets at the same time, and the courses the course requires were
 * completed (or recognised by the centre as equivalent). That last rule is checked last, so that a
 * refusal for it means every other rule is met: the manager's exception then admits the learner.
 */
public final class Eligibility {

    /**
     * What is known of the learner when they ask; {@code completedCourses} are the codes of the
     * courses they completed, with those the centre recognised as equivalent.
     */
    public record Facts(Integer birthYear, Integer completedGrade, boolean completedRequiredProgramme,
                        List<String> overlappingClasses, Set<String> completedCourses) {

        public Facts {
            completedCourses = completedCourses == null ? Set.of() : Set.copyOf(completedCourses);
        }

        public Facts(Integer birthYear, Integer completedGrade, boolean completedRequiredProgramme,
                     List<String> overlappingClasses) {
            this(birthYear, completedGrade, completedRequiredProgramme, overlappingClasses, Set.of());
        }
    }

    /** The key of the refusal for course prerequisites, which a manager may override consciously. */
    public static final String PREREQUISITES = "enrolment.refused.prerequisites";

    private Eligibility() {
    }

    public static Optional<EnrolmentRefused> refusal(ClassOffering offering, Facts facts, LocalDate today) {
        Course course = offering.course();
        if (offering.cancelled() || !course.status().visibleInCatalog() || offering.endDate().isBefore(today)) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.closed"));
        }
        Programme programme = course.programme();
        Integer min = tighter(course.minAge(), programme.minAge(), true);
        Integer max = tighter(course.maxAge(), programme.maxAge(), false);
        if (min != null || max != null) {
            if (facts.birthYear() == null) {
                return Optional.of(new EnrolmentRefused("enrolment.refused.birthYear"));
            }
            int age = today.getYear() - facts.birthYear();
            if ((min != null && age < min) || (max != null && age > max)) {
                return Optional.of(new EnrolmentRefused("enrolment.refused.age", min == null ? 0 : min,
                        max == null ? 120 : max, age));
            }
        }
        Programme required = programme.requires();
        if (required != null && !facts.completedRequiredProgramme()
                && (programme.equivalentGrade() == null || facts.completedGrade() == null
                || facts.completedGrade() < programme.equivalentGrade())) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.requires", required.nameVi(),
                    programme.equivalentGrade() == null ? "" : programme.equivalentGrade()));
        }
        if (!facts.overlappingClasses().isEmpty()) {
            return Optional.of(new EnrolmentRefused("enrolment.refused.overlap", String.join(", ", facts.overlappingClasses())));
        }
        List<Course> missing = course.missingPrerequisites(facts.completedCourses());
        if (!missing.isEmpty()) {
            return Optional.of(new EnrolmentRefused(PREREQUISITES,
                    String.join(", ", missing.stream().map(Course::title).toList())));
        }
        return Optional.empty();
    }

    private static Integer tighter(Integer a, Integer b, boolean lowerBound) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return lowerBound ? Math.max(a, b) : Math.min(a, b);
    }
}
