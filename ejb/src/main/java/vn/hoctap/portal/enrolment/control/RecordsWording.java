package vn.hoctap.portal.enrolment.control;

import java.util.List;

/** How the class records put a class and its learners into words: the same in the workbook and the PDF. */
final class RecordsWording {

    private final DocumentLabels labels;

    RecordsWording(DocumentLabels labels) {
        this.labels = labels;
    }

    /** The lines under the title: course, class, centre, teacher, period, counts. */
    List<String> heading(ClassRecords records) {
        return List.of(
                labels.text("records.course", records.courseTitle()),
                labels.text("records.class", records.classCode()),
                labels.text("records.centre", records.centreName()),
                labels.text("records.teacher", records.teacherName() == null ? "" : records.teacherName()),
                labels.text("records.period", labels.date(records.startDate()), labels.date(records.endDate())),
                labels.text("records.sessionCount", String.valueOf(records.sessions().size())) + "; "
                        + labels.text("records.learnerCount", String.valueOf(records.learners().size())));
    }

    String presentMark() {
        return labels.text("attendance.present");
    }

    String absentMark() {
        return labels.text("attendance.absent");
    }

    /** "x" present, "v" absent, empty when not marked. */
    String mark(Boolean present) {
        return present == null ? "" : present ? presentMark() : absentMark();
    }

    String result(ClassRecords.Result result) {
        return result == null ? "" : labels.text("result." + result.name());
    }

    String literacyLevel(Integer level) {
        return level == null ? "" : labels.text("literacy.level", String.valueOf(level));
    }

    String summary(ClassRecords records) {
        long completed = records.count(ClassRecords.Result.COMPLETED);
        long notCompleted = records.count(ClassRecords.Result.NOT_COMPLETED);
        long notAssessed = records.learners().size() - completed - notCompleted;
        return labels.text("records.results.summary", String.valueOf(completed),
                String.valueOf(records.learners().size()), String.valueOf(notCompleted), String.valueOf(notAssessed));
    }
}
