package vn.hoctap.portal.enrolment.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.catalog.entity.TimeSlot;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendanceTest {

    @Test
    void marking_the_same_again_changes_nothing_and_a_change_is_recorded_with_who_and_when() {
        Enrolment enrolment = EnrolmentResultTest.confirmedIn(EnrolmentResultTest.literacy1());
        var start = enrolment.classOffering().startDate().atTime(19, 0);
        ClassSession session = new ClassSession(enrolment.classOffering(), new TimeSlot(start, start.plusHours(2)), false);
        Attendance mark = new Attendance(session, enrolment, false, " ốm ", 7L, Instant.EPOCH);
        assertThat(mark.note()).isEqualTo("ốm");

        assertThat(mark.mark(false, "ốm", 8L, Instant.EPOCH.plusSeconds(60))).isFalse();
        assertThat(mark.markedAt()).isEqualTo(Instant.EPOCH);
        assertThat(mark.mark(true, null, 8L, Instant.EPOCH.plusSeconds(60))).isTrue();
        assertThat(mark.present()).isTrue();
        assertThat(mark.markedAt()).isEqualTo(Instant.EPOCH.plusSeconds(60));
    }

    @Test
    void a_learner_is_marked_only_at_a_session_of_their_class() {
        Enrolment enrolment = EnrolmentResultTest.confirmedIn(EnrolmentResultTest.literacy1());
        Enrolment other = EnrolmentResultTest.confirmedIn(EnrolmentResultTest.literacy1());
        var start = other.classOffering().startDate().atTime(19, 0);
        ClassSession session = new ClassSession(other.classOffering(), new TimeSlot(start, start.plusHours(2)), false);
        assertThatThrownBy(() -> new Attendance(session, enrolment, true, null, 7L, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
