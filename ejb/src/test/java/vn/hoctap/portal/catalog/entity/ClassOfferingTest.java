package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoctap.portal.catalog.entity.CatalogFixtures.HALL_NT;
import static vn.hoctap.portal.catalog.entity.CatalogFixtures.MANAGER_BO_DE;
import static vn.hoctap.portal.catalog.entity.CatalogFixtures.ROOM_1;
import static vn.hoctap.portal.catalog.entity.CatalogFixtures.TEACHER_BO_DE;
import static vn.hoctap.portal.catalog.entity.CatalogFixtures.TEACHER_NGOC_THUY;

class ClassOfferingTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 8);
    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    private static ClassOffering classWith(int capacity) {
        return new ClassOffering("BD-XMC1-A", CatalogFixtures.literacyCourse(), TEACHER_BO_DE, null, ROOM_1,
                capacity, START, END);
    }

    private static org.assertj.core.api.ListAssert<FieldError> errorsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return assertThat(e.errors());
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void a_class_taught_by_a_teacher_of_the_centre_in_its_room_is_accepted() {
        ClassOffering offering = classWith(25);
        assertThat(offering.teacher()).isSameAs(TEACHER_BO_DE);
        assertThat(offering.guestSpeaker()).isNull();
        assertThat(offering.label()).isEqualTo("Lớp xóa mù chữ giai đoạn 1 (BD-XMC1-A)");
    }

    @Test
    void a_guest_speaker_may_teach_instead_of_a_teacher_but_not_both_and_not_neither() {
        var course = CatalogFixtures.literacyCourse();
        var guest = new ClassOffering("BD-PL-1", course, null, "  Luật sư Trần Văn Bình ", ROOM_1, 30, START, START);
        assertThat(guest.guestSpeaker()).isEqualTo("Luật sư Trần Văn Bình");

        errorsOf(() -> new ClassOffering("X", course, TEACHER_BO_DE, "Khách mời", ROOM_1, 30, START, END))
                .contains(new FieldError("teacherId", "class.teacher.oneOf"));
        errorsOf(() -> new ClassOffering("X", course, null, " ", ROOM_1, 30, START, END))
                .contains(new FieldError("teacherId", "class.teacher.oneOf"));
    }

    @Test
    void another_centres_teacher_or_venue_and_a_manager_as_teacher_are_refused() {
        var course = CatalogFixtures.literacyCourse();
        errorsOf(() -> new ClassOffering("X", course, TEACHER_NGOC_THUY, null, ROOM_1, 30, START, END))
                .contains(new FieldError("teacherId", "class.teacher.notOfCentre"));
        errorsOf(() -> new ClassOffering("X", course, MANAGER_BO_DE, null, ROOM_1, 30, START, END))
                .contains(new FieldError("teacherId", "class.teacher.notOfCentre"));
        errorsOf(() -> new ClassOffering("X", course, TEACHER_BO_DE, null, HALL_NT, 30, START, END))
                .contains(new FieldError("venueId", "class.venue.notOfCentre"));
    }

    @Test
    void every_broken_rule_is_named_at_once() {
        errorsOf(() -> new ClassOffering("X", CatalogFixtures.literacyCourse(), null, null, HALL_NT, 0, END, START))
                .extracting(FieldError::messageKey)
                .containsExactlyInAnyOrder("class.teacher.oneOf", "class.venue.notOfCentre",
                        "class.dates.endBeforeStart", "class.capacity.positive");
    }

    @Test
    void capacity_never_exceeds_the_venue_nor_falls_below_the_enrolled() {
        errorsOf(() -> classWith(31)).containsExactly(new FieldError("capacity", "class.capacity.aboveVenue"));

        ClassOffering offering = classWith(25);
        errorsOf(() -> offering.changeCapacity(9, 10))
                .containsExactly(new FieldError("capacity", "class.capacity.belowEnrolments"));
        errorsOf(() -> offering.changeCapacity(40, 10))
                .containsExactly(new FieldError("capacity", "class.capacity.aboveVenue"));

        offering.changeCapacity(10, 10);
        assertThat(offering.capacity()).isEqualTo(10);
    }

    @Test
    void sessions_must_fall_within_the_class_dates() {
        ClassOffering offering = classWith(25);
        var inside = TimeSlot.on(START, LocalTime.of(19, 0), LocalTime.of(21, 0));
        var lastDay = TimeSlot.on(END, LocalTime.of(19, 0), LocalTime.of(21, 0));
        var before = TimeSlot.on(START.minusDays(1), LocalTime.of(19, 0), LocalTime.of(21, 0));

        assertThat(new ClassSession(offering, inside, false).slot()).isEqualTo(inside);
        assertThat(new ClassSession(offering, lastDay, false).venue()).isSameAs(ROOM_1);
        assertThatThrownBy(() -> new ClassSession(offering, before, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("start", "session.outsideClassDates")));
    }
}
