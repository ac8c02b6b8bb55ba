package vn.hoctap.portal.enrolment.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A class's records (hồ sơ lớp) as the documents print them: the roster, the attendance of each
 * learner at each session, and the results. Learners appear in the given order.
 *
 * @param courseTitle the course
 * @param classCode   the class (offering) code
 * @param centreName  the centre that runs the class
 * @param teacherName the teacher or guest speaker; may be null
 * @param startDate   first day of the class
 * @param endDate     last day of the class
 * @param sessions    the start of each session, in chronological order
 * @param learners    the enrolled learners, each with one attendance mark per session
 */
public record ClassRecords(String courseTitle, String classCode, String centreName, String teacherName,
                           LocalDate startDate, LocalDate endDate, List<LocalDateTime> sessions,
                           List<Learner> learners) {

    /** A learner's result at the end of the class; a learner not yet assessed has none (null). */
    public enum Result { COMPLETED, NOT_COMPLETED }

    /**
     * One learner of the class.
     *
     * @param fullName         as written by the learner, with diacritics
     * @param birthYear        may be null
     * @param residentialGroup tổ dân phố / thôn; may be null
     * @param phone            may be null
     * @param attendance       one mark per session of the class: true present, false absent, null not marked
     * @param result           null while not assessed
     * @param literacyLevel    1 or 2 reached in a literacy class, otherwise null
     * @param note             may be null
     */
    public record Learner(String fullName, Integer birthYear, String residentialGroup, String phone,
                          List<Boolean> attendance, Result result, Integer literacyLevel, String note) {

        public Learner {
            if (fullName == null || fullName.isBlank()) {
                throw new IllegalArgumentException("fullName is required");
            }
            Objects.requireNonNull(attendance, "attendance");
            // nulls are meaningful here (not marked), so List.copyOf would not do
            attendance = Collections.unmodifiableList(new ArrayList<>(attendance));
            if (literacyLevel != null && literacyLevel != 1 && literacyLevel != 2) {
                throw new IllegalArgumentException("literacyLevel is 1, 2 or null, not " + literacyLevel);
            }
        }

        public long sessionsPresent() {
            return attendance.stream().filter(Boolean.TRUE::equals).count();
        }

        public long sessionsAbsent() {
            return attendance.stream().filter(Boolean.FALSE::equals).count();
        }
    }

    public ClassRecords {
        if (courseTitle == null || courseTitle.isBlank() || classCode == null || classCode.isBlank()
                || centreName == null || centreName.isBlank()) {
            throw new IllegalArgumentException("course title, class code and centre are required");
        }
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        sessions = List.copyOf(sessions);
        learners = List.copyOf(learners);
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).isBefore(sessions.get(i - 1))) {
                throw new IllegalArgumentException("sessions must be in chronological order");
            }
        }
        for (Learner learner : learners) {
            if (learner.attendance().size() != sessions.size()) {
                throw new IllegalArgumentException(learner.fullName() + " has " + learner.attendance().size()
                        + " attendance marks for " + sessions.size() + " sessions");
            }
        }
    }

    public long count(Result result) {
        return learners.stream().filter(learner -> learner.result() == result).count();
    }
}
