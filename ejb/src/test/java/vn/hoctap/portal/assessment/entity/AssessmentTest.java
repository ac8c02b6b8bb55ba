package vn.hoctap.portal.assessment.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    private AdministrativeUnit ward;
    private ResidentialGroup group;
    private Account resident;
    private Account reviewer;
    private CriteriaSet set;
    private Assessment assessment;

    @BeforeEach
    void setUp() {
        ward = AdministrativeUnit.city("HN", "Thành phố Hà Nội").subUnit("HN-LB", "Quận Long Biên").subUnit("HN-LB-BD", "Phường Bồ Đề");
        group = new ResidentialGroup("HN-LB-BD-T02", "Tổ dân phố số 2", ward);
        resident = Account.resident("Vũ Thị Lan", 1978, "lan@example.vn", null, group, "hash", NOW);
        reviewer = Account.staff(Role.CENTRE_MANAGER, "Lê Thị Thu Hà", "ha@example.vn", null,
                new LearningCentre("TT-BD", "Trung tâm học tập cộng đồng phường Bồ Đề", ward, null, null, null), "hash", NOW);
        set = ShippedCriteriaSetsTest.shipped().stream().filter(s -> s.code().equals("CDHT-LAO-DONG")).findFirst().orElseThrow();
        assessment = Assessment.start(set, new Assessment.Subject("A1", "Vũ Thị Lan", group), resident, 2026, NOW);
    }

    private void scoreAll(int points) {
        set.indicators().forEach(i -> assessment.answer(i.number(), points, "Minh chứng " + i.number()));
    }

    @Test
    void starts_as_a_draft_of_the_residents_ward_and_group_with_the_step_recorded() {
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.ward()).isSameAs(ward);
        assertThat(assessment.criteriaSet()).isSameAs(set);
        assertThat(assessment.steps()).extracting(AssessmentStep::action).containsExactly(StepAction.STARTED);
    }

    @Test
    void points_outside_an_indicators_range_are_refused_and_nothing_changes() {
        assessment.answer(3, 7, null);

        assertThatThrownBy(() -> assessment.answer(3, 11, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).messageKey()).isEqualTo("assessment.points.range"));
        assertThatThrownBy(() -> assessment.answer(3, -1, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assessment.answer(11, 5, null)).isInstanceOf(InvalidInputException.class);
        assertThat(assessment.points()).containsEntry(3, 7).hasSize(1);
    }

    @Test
    void the_live_score_names_indicator_6_below_5() {
        scoreAll(10);
        assessment.answer(6, 4, null);

        Scorecard card = assessment.scorecard();

        assertThat(card.total()).isEqualTo(94);
        assertThat(card.shortfalls()).containsExactly(new Scorecard.Shortfall(Scorecard.Reason.INDICATOR_BELOW, 6, 4, 5));
    }

    @Test
    void submits_in_its_year_up_to_the_deadline_only_when_the_rule_is_met() {
        scoreAll(8);
        assessment.answer(6, 4, null);
        assertThatThrownBy(() -> assessment.submit(TODAY, DEADLINE, resident, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("assessment.ruleNotMet");

        assessment.answer(6, 8, null);
        assertThatThrownBy(() -> assessment.submit(DEADLINE.plusDays(1), DEADLINE, resident, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("assessment.deadlinePassed");
        assertThatThrownBy(() -> assessment.submit(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 12, 31), resident, NOW))
                .as("only in the assessment's year").extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("assessment.deadlinePassed");
        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);

        assessment.submit(DEADLINE, DEADLINE, resident, NOW);

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThatThrownBy(() -> assessment.answer(1, 9, null)).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("assessment.notEditable");
    }

    @Test
    void returned_with_comments_edited_resubmitted_accepted_and_recognised_with_every_step_recorded() {
        scoreAll(8);
        assessment.submit(TODAY, DEADLINE, resident, NOW);
        assertThatThrownBy(() -> assessment.returnWithComments(reviewer, " ", NOW)).isInstanceOf(InvalidInputException.class);

        assessment.returnWithComments(reviewer, "Bổ sung ảnh chụp chứng nhận lớp học.", NOW);
        assessment.answer(2, 10, "Giấy chứng nhận lớp tin học");
        assessment.submit(TODAY, DEADLINE, resident, NOW.plusSeconds(60));
        assertThatThrownBy(() -> assessment.recognise(new RecognitionDecision(ward, 2026, "1/QĐ-UBND", TODAY, "Chủ tịch", 1, NOW), reviewer, NOW))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("decision.notAccepted");
        assessment.accept(reviewer, null, NOW.plusSeconds(120));
        assessment.recognise(new RecognitionDecision(ward, 2026, "15/QĐ-UBND", TODAY, "Nguyễn Văn Hùng", 1, NOW), reviewer,
                NOW.plusSeconds(180));

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.RECOGNISED);
        assertThat(assessment.steps()).extracting(AssessmentStep::action).containsExactly(StepAction.STARTED,
                StepAction.SUBMITTED, StepAction.RETURNED, StepAction.RESUBMITTED, StepAction.ACCEPTED, StepAction.RECOGNISED);
        assertThat(assessment.steps().get(2).comment()).isEqualTo("Bổ sung ảnh chụp chứng nhận lớp học.");
        assertThat(assessment.steps().get(2).actorName()).isEqualTo("Lê Thị Thu Hà");
        TitleCertificate certificate = new TitleCertificate(assessment, "K7QF-2M9X-D4TR-8HNB", NOW);
        assertThat(certificate.issuer()).isEqualTo("Ủy ban nhân dân phường Bồ Đề");
        assertThat(certificate.decisionNumber()).isEqualTo("15/QĐ-UBND");
    }

    @Test
    void a_review_needs_a_submitted_assessment_and_a_rejection_a_reason() {
        assertThatThrownBy(() -> assessment.accept(reviewer, null, NOW)).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("assessment.notSubmitted");
        scoreAll(9);
        assessment.submit(TODAY, DEADLINE, resident, NOW);
        assertThatThrownBy(() -> assessment.reject(reviewer, null, NOW)).isInstanceOf(InvalidInputException.class);

        assessment.reject(reviewer, "Minh chứng không đúng sự thật.", NOW);

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.REJECTED);
        assertThatThrownBy(() -> assessment.submit(TODAY, DEADLINE, resident, NOW)).isInstanceOf(BusinessException.class);
    }
}
