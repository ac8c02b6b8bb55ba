package vn.hoctap.portal.enrolment.control;

import vn.hoctap.portal.enrolment.control.ClassRecords.Learner;
import vn.hoctap.portal.enrolment.control.ClassRecords.Result;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An evening literacy class at Bồ Đề: sessions on Mondays and Thursdays, a few learners with their marks. */
final class ClassRecordsFixtures {

    static final LocalDate START = LocalDate.of(2026, 11, 2);

    private ClassRecordsFixtures() {
    }

    /** The class's first {@code count} sessions, Monday and Thursday evenings from 2 November 2026. */
    static List<LocalDateTime> sessions(int count) {
        List<LocalDateTime> sessions = new ArrayList<>();
        for (LocalDate day = START; sessions.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY) {
                sessions.add(day.atTime(LocalTime.of(19, 0)));
            }
        }
        return sessions;
    }

    /** Marks for the sessions: 'x' present, 'v' absent, '.' not marked (the rest, if shorter, not marked). */
    static List<Boolean> marks(String pattern, int sessions) {
        Boolean[] marks = new Boolean[sessions];
        for (int i = 0; i < Math.min(sessions, pattern.length()); i++) {
            marks[i] = switch (pattern.charAt(i)) {
                case 'x' -> Boolean.TRUE;
                case 'v' -> Boolean.FALSE;
                default -> null;
            };
        }
        return Arrays.asList(marks);
    }

    static ClassRecords literacyClass(int sessionCount) {
        List<LocalDateTime> sessions = sessions(sessionCount);
        List<Learner> learners = List.of(
                new Learner("Đặng Văn Đức", 1975, "Tổ dân phố số 2", "0912 000 301",
                        marks("xxvxx", sessionCount), Result.COMPLETED, 2, null),
                new Learner("Trương Thị Mỹ Phượng", 1988, "Tổ dân phố số 1", null,
                        marks("xvvxx", sessionCount), Result.NOT_COMPLETED, 1, "Chuyển đến từ tỉnh Hà Giang"),
                new Learner("Lò Văn Ửng", null, null, "0987 654 321",
                        marks("vx.", sessionCount), null, null, "Người khuyết tật, cần chỗ ngồi gần bảng"));
        return new ClassRecords("Xóa mù chữ giai đoạn 2 (tương đương lớp 5)", "XMC2-BD-2026-01",
                "Trung tâm học tập cộng đồng phường Bồ Đề", "Hoàng Thị Mai",
                START, sessions.get(sessions.size() - 1).toLocalDate(), sessions, learners);
    }
}
