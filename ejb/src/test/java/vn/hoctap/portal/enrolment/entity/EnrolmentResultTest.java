package vn.hoctap.portal.enrolment.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.entity.CatalogFixtures;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results and literacy levels: what a learner's result may say, and when it may be recorded. */
class EnrolmentResultTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final ResidentialGroup GROUP = new ResidentialGroup("HN-LB-BD-T01", "Tổ dân phố số 1",
            CatalogFixtures.BO_DE.ward());

    static Programme literacy1() {
        Programme p = new Programme("LITERACY_1", "Xóa mù chữ giai đoạn 1", "Literacy, phase 1", true);
        p.admit(15, 60, null, null);
        return p;
    }

    static Programme literacy2() {
        Programme p = new Programme("LITERACY_2", "Xóa mù chữ giai đoạn 2", "Literacy, phase 2", true);
        p.admit(15, 60, literacy1(), 3);
        return p;
    }

    static Enrolment confirmedIn(Programme programme) {
        Course course = new Course("C", CatalogFixtures.BO_DE, programme, "Lớp", "Tóm tắt");
        course.moveTo(CourseStatus.PUBLISHED);
        ClassOffering offering = new ClassOffering("K", course, CatalogFixtures.TEACHER_BO_DE, null, CatalogFixtures.ROOM_1,
                25, START, START.plusWeeks(12));
        Learner learner = Learner.recorded("Lò Thị Mỷ", 1990, GROUP, null, Instant.EPOCH);
        Enrolment enrolment = new Enrolment(offering, learner, false, Instant.EPOCH);
        enrolment.confirm(Instant.EPOCH);
        return enrolment;
    }

    @Test
    void completing_literacy_phase_1_gives_level_1_and_phase_2_level_2_whether_or_not_the_level_is_given() {
        Enrolment phase1 = confirmedIn(literacy1());
        assertThat(phase1.recordResult(LearningResult.COMPLETED, null, null, START)).isTrue();
        assertThat(phase1.literacyLevel()).isEqualTo(1);

        Enrolment phase2 = confirmedIn(literacy2());
        phase2.recordResult(LearningResult.COMPLETED, 2, "Đọc thông viết thạo", START.plusWeeks(12));
        assertThat(phase2.literacyLevel()).isEqualTo(2);
        assertThat(phase2.note()).isEqualTo("Đọc thông viết thạo");
        assertThat(Enrolment.literacyLevelGiven(new Programme("DIGITAL_SKILLS", "Kỹ năng số", "Digital skills", false))).isNull();
    }

    @Test
    void a_wrong_level_a_level_outside_literacy_or_without_completion_is_refused() {
        assertThatThrownBy(() -> confirmedIn(literacy1()).recordResult(LearningResult.COMPLETED, 2, null, START))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::messageKey)
                                .containsExactly("result.level.mismatch"));
        Programme digital = new Programme("DIGITAL_SKILLS", "Kỹ năng số", "Digital skills", false);
        assertThatThrownBy(() -> confirmedIn(digital).recordResult(LearningResult.COMPLETED, 1, null, START))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("result.level.notLiteracy"));
        assertThatThrownBy(() -> confirmedIn(literacy2()).recordResult(LearningResult.NOT_COMPLETED, 2, null, START))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("result.level.notCompleted"));

        Enrolment notCompleted = confirmedIn(literacy2());
        notCompleted.recordResult(LearningResult.NOT_COMPLETED, null, null, START);
        assertThat(notCompleted.literacyLevel()).isNull();
    }

    @Test
    void only_a_confirmed_learner_of_a_class_that_began_gets_a_result() {
        assertThatThrownBy(() -> confirmedIn(literacy1()).recordResult(LearningResult.COMPLETED, null, null, START.minusDays(1)))
                .isInstanceOf(BusinessException.class).hasMessage("result.notStarted");
        Enrolment cancelled = confirmedIn(literacy1());
        cancelled.cancel(1L, Instant.EPOCH);
        assertThatThrownBy(() -> cancelled.recordResult(LearningResult.COMPLETED, null, null, START))
                .isInstanceOf(BusinessException.class).hasMessage("result.notConfirmed");
    }

    @Test
    void recording_the_same_result_again_changes_nothing_and_null_takes_it_back() {
        Enrolment enrolment = confirmedIn(literacy1());
        assertThat(enrolment.recordResult(LearningResult.COMPLETED, 1, " Tiến bộ nhanh ", START)).isTrue();
        assertThat(enrolment.recordResult(LearningResult.COMPLETED, null, "Tiến bộ nhanh", START)).isFalse();
        assertThat(enrolment.recordResult(null, null, "", START)).isTrue();
        assertThat(enrolment.result()).isNull();
        assertThat(enrolment.literacyLevel()).isNull();
        assertThat(enrolment.note()).isNull();
    }

    @Test
    void a_pending_enrolment_is_approved_into_a_request_and_only_once() {
        Enrolment pending = new Enrolment(confirmedIn(literacy1()).classOffering(),
                Learner.recorded("Vàng A Páo", 1985, GROUP, null, Instant.EPOCH), true, Instant.EPOCH);
        assertThat(pending.status()).isEqualTo(EnrolmentStatus.PENDING);
        pending.approve();
        assertThat(pending.status()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThatThrownBy(pending::approve).isInstanceOf(BusinessException.class).hasMessage("enrolment.notPending");
    }

    @Test
    void a_certificate_is_issued_only_on_a_completed_result_and_keeps_what_it_printed() {
        Enrolment enrolment = confirmedIn(literacy1());
        assertThatThrownBy(() -> Certificate.issue(enrolment, VerificationCode.next(), START, 1L, Instant.EPOCH))
                .isInstanceOf(BusinessException.class).hasMessage("certificate.notCompleted");
        enrolment.recordResult(LearningResult.COMPLETED, null, null, START.plusWeeks(13));

        Certificate certificate = Certificate.issue(enrolment, "k7qf 2m9x d4tr 8hnb", START.plusWeeks(13), 1L, Instant.EPOCH);

        assertThat(certificate.verificationCode()).isEqualTo("K7QF-2M9X-D4TR-8HNB");
        assertThat(certificate.learnerName()).isEqualTo("Lò Thị Mỷ");
        assertThat(certificate.literacyLevel()).isEqualTo(1);
        assertThat(certificate.completedOn()).as("the class's last day, not the day of issue").isEqualTo(START.plusWeeks(12));
        assertThat(certificate.wardName()).isEqualTo("Bồ Đề");
    }
}
