package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimetableTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 8);
    private static final long ROOM_1 = 1;
    private static final long ROOM_2 = 2;
    private static final long TEACHER_MAI = 10;
    private static final long TEACHER_HUNG = 11;

    private static TimeSlot at(int fromHour, int fromMinute, int toHour, int toMinute) {
        return TimeSlot.on(TUESDAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    private final Timetable timetable = new Timetable(List.of(
            new Timetable.Booking("Xóa mù chữ GĐ1 – lớp A", ROOM_1, TEACHER_MAI, at(19, 0, 21, 0)),
            new Timetable.Booking("Tin học cơ bản", ROOM_2, TEACHER_HUNG, at(18, 0, 19, 30))));

    @Test
    void an_overlap_in_the_same_room_is_a_venue_clash_naming_the_other_class() {
        var clashes = timetable.clashesOf(ROOM_1, TEACHER_HUNG, at(20, 0, 21, 30));

        assertThat(clashes).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.VENUE);
            assertThat(clash.otherClass()).isEqualTo("Xóa mù chữ GĐ1 – lớp A");
            assertThat(clash.other()).isEqualTo(at(19, 0, 21, 0));
            assertThat(clash.overridable()).isTrue();
        });
    }

    @Test
    void the_same_teacher_elsewhere_at_the_same_time_is_a_teacher_clash_never_overridable() {
        var clashes = timetable.clashesOf(ROOM_2, TEACHER_MAI, at(20, 30, 22, 0));

        assertThat(clashes).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.TEACHER);
            assertThat(clash.overridable()).isFalse();
        });
        assertThat(Timetable.blocking(clashes, true)).hasSize(1);
    }

    @Test
    void same_room_and_same_teacher_give_two_clashes() {
        assertThat(timetable.clashesOf(ROOM_1, TEACHER_MAI, at(19, 30, 20, 30)))
                .extracting(Clash::kind).containsExactlyInAnyOrder(Clash.Kind.VENUE, Clash.Kind.TEACHER);
    }

    @Test
    void back_to_back_sessions_do_not_clash() {
        assertThat(timetable.clashesOf(ROOM_1, TEACHER_MAI, at(21, 0, 22, 0))).isEmpty();
        assertThat(timetable.clashesOf(ROOM_1, TEACHER_MAI, at(17, 0, 19, 0))).isEmpty();
    }

    @Test
    void another_day_or_another_room_and_teacher_do_not_clash() {
        var wednesday = TimeSlot.on(TUESDAY.plusDays(1), LocalTime.of(19, 0), LocalTime.of(21, 0));
        assertThat(timetable.clashesOf(ROOM_1, TEACHER_MAI, wednesday)).isEmpty();
        assertThat(timetable.clashesOf(3L, 12L, at(19, 0, 21, 0))).isEmpty();
    }

    @Test
    void a_guest_speaker_has_no_teacher_account_and_clashes_only_by_venue() {
        assertThat(timetable.clashesOf(ROOM_2, null, at(19, 0, 20, 0)))
                .extracting(Clash::kind).containsExactly(Clash.Kind.VENUE);
    }

    @Test
    void accepting_a_shared_venue_lifts_only_venue_clashes() {
        var clashes = timetable.clashesOf(ROOM_1, TEACHER_MAI, at(19, 30, 20, 30));

        assertThat(Timetable.blocking(clashes, false)).hasSize(2);
        assertThat(Timetable.blocking(clashes, true)).extracting(Clash::kind).containsExactly(Clash.Kind.TEACHER);
    }

    @Test
    void a_slot_must_end_after_it_starts() {
        assertThatThrownBy(() -> at(21, 0, 19, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(19, 0, 19, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
