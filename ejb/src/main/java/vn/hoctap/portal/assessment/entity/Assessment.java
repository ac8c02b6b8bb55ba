package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A self-assessment for a learning title: who or what is assessed (the subject), for which year,
 * against which criteria set version (kept for good), the points and evidence per indicator, the
 * status and every step with who and when. It computes its own score, refuses points outside an
 * indicator's range, edits once submitted, a submission after the deadline or short of the rule,
 * and review steps in the wrong order.
 */
@Entity
@Table(name = "title_assessment")
public class Assessment {

    public static final int MAX_EVIDENCE_TEXT = 1000;
    public static final int MAX_COMMENT = 2000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id", nullable = false, updatable = false)
    private CriteriaSet criteriaSet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TitleKind kind;

    /** Identifies the subject across years: "A12" (the account's own, or what it records), "G5" (a residential group). */
    @Column(name = "subject_key", nullable = false, length = 40, updatable = false)
    private String subjectKey;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Account owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id", nullable = false, updatable = false)
    private AdministrativeUnit ward;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "residential_group_id", nullable = false, updatable = false)
    private ResidentialGroup residentialGroup;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private RecognitionDecision decision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("indicator")
    private List<Answer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<AssessmentStep> steps = new ArrayList<>();

    @Version
    private int version;

    protected Assessment() {
    }

    /** Who or what is assessed: a key stable across years, the name shown, the residential group it belongs to. */
    public record Subject(String key, String name, ResidentialGroup group) {
        public Subject {
            Objects.requireNonNull(key);
            Objects.requireNonNull(group);
            if (name == null || name.isBlank()) {
                throw InvalidInputException.of("subjectName", "assessment.subject.required");
            }
            name = name.strip();
            if (name.length() > 200 || name.contains("<") || name.contains(">")) {
                throw InvalidInputException.of("subjectName", "assessment.subject.invalid");
            }
        }
    }

    /** A new draft against the set's current version. */
    public static Assessment start(CriteriaSet set, Subject subject, Account owner, int year, Instant now) {
        if (!set.current()) {
            throw new IllegalArgumentException("assessments are made against the current version");
        }
        Assessment a = new Assessment();
        a.criteriaSet = set;
        a.kind = set.kind();
        a.subjectKey = subject.key();
        a.subjectName = subject.name();
        a.owner = Objects.requireNonNull(owner);
        a.residentialGroup = subject.group();
        a.ward = subject.group().ward();
        a.year = year;
        a.status = AssessmentStatus.DRAFT;
        a.createdAt = Objects.requireNonNull(now);
        a.steps.add(new AssessmentStep(a, StepAction.STARTED, owner.id(), owner.fullName(), now, null));
        return a;
    }

    /**
     * Points (and the short evidence text) for one indicator, while the owner may edit.
     *
     * @param points null clears the indicator's points
     */
    public void answer(int indicatorNumber, Integer points, String evidenceText) {
        requireEditable();
        Indicator indicator = criteriaSet.indicator(indicatorNumber).orElseThrow(
                () -> InvalidInputException.of("indicator", "assessment.indicator.unknown", indicatorNumber));
        if (points != null && (points < 0 || points > indicator.maxPoints())) {
            throw InvalidInputException.of("points", "assessment.points.range", indicatorNumber, indicator.maxPoints());
        }
        if (evidenceText != null && evidenceText.strip().length() > MAX_EVIDENCE_TEXT) {
            throw InvalidInputException.of("evidence", "assessment.evidence.tooLong", MAX_EVIDENCE_TEXT);
        }
        answerFor(indicatorNumber).give(points, evidenceText);
    }

    /** Attaches (or, with null, removes) the evidence file of an indicator. */
    public void attach(int indicatorNumber, EvidenceFile file) {
        requireEditable();
        criteriaSet.indicator(indicatorNumber).orElseThrow(
                () -> InvalidInputException.of("indicator", "assessment.indicator.unknown", indicatorNumber));
        answerFor(indicatorNumber).attach(file);
    }

    /** Whether the public list of recognised titles may show this one. */
    public void consentToPublish(boolean publish) {
        if (status == AssessmentStatus.REJECTED) {
            throw new BusinessException("assessment.notEditable");
        }
        this.publishConsent = publish;
    }

    /**
     * Sends the assessment for review (again, after it was returned): only in its own year and
     * up to the deadline, only when every indicator is scored and the rule is met.
     */
    public void submit(LocalDate today, LocalDate deadline, Account by, Instant now) {
        requireEditable();
        if (today.getYear() != year || today.isAfter(deadline)) {
            throw new BusinessException("assessment.deadlinePassed", DATE.format(deadline));
        }
        if (!scorecard().meetsRule()) {
            throw new BusinessException("assessment.ruleNotMet");
        }
        StepAction action = status == AssessmentStatus.RETURNED ? StepAction.RESUBMITTED : StepAction.SUBMITTED;
        status = AssessmentStatus.SUBMITTED;
        submittedAt = now;
        steps.add(new AssessmentStep(this, action, by.id(), by.fullName(), now, null));
    }

    /** The reviewer accepts: the assessment waits for a recognition decision. */
    public void accept(Account reviewer, String comment, Instant now) {
        review(AssessmentStatus.ACCEPTED, StepAction.ACCEPTED, reviewer, comment, false, now);
    }

    /** The reviewer returns it with comments: the owner edits and submits again. */
    public void returnWithComments(Account reviewer, String comments, Instant now) {
        review(AssessmentStatus.RETURNED, StepAction.RETURNED, reviewer, comments, true, now);
    }

    /** The reviewer rejects it, saying why; final for the year. */
    public void reject(Account reviewer, String reason, Instant now) {
        review(AssessmentStatus.REJECTED, StepAction.REJECTED, reviewer, reason, true, now);
    }

    private void review(AssessmentStatus to, StepAction action, Account reviewer, String comment, boolean commentRequired,
                        Instant now) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new BusinessException("assessment.notSubmitted");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (commentRequired && text == null) {
            throw InvalidInputException.of("comment", "assessment.comment.required");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "assessment.comment.tooLong", MAX_COMMENT);
        }
        status = to;
        steps.add(new AssessmentStep(this, action, reviewer.id(), reviewer.fullName(), now, text));
    }

    /** A recognition decision of the assessment's ward and year recognises it, once accepted. */
    public void recognise(RecognitionDecision decision, Account by, Instant now) {
        if (status != AssessmentStatus.ACCEPTED) {
            throw new BusinessException("decision.notAccepted", subjectName);
        }
        if (!decision.ward().code().equals(ward.code()) || decision.year() != year) {
            throw new BusinessException("decision.otherWardOrYear", subjectName);
        }
        this.decision = decision;
        status = AssessmentStatus.RECOGNISED;
        steps.add(new AssessmentStep(this, StepAction.RECOGNISED, by.id(), by.fullName(), now, decision.number()));
    }

    public Scorecard scorecard() {
        return criteriaSet.score(points());
    }

    /** The points given so far, by indicator number. */
    public Map<Integer, Integer> points() {
        Map<Integer, Integer> points = new HashMap<>();
        answers.stream().filter(a -> a.points() != null).forEach(a -> points.put(a.indicator(), a.points()));
        return points;
    }

    public Optional<Answer> answer(int indicatorNumber) {
        return answers.stream().filter(a -> a.indicator() == indicatorNumber).findFirst();
    }

    private Answer answerFor(int indicatorNumber) {
        return answer(indicatorNumber).orElseGet(() -> {
            Answer created = new Answer(this, indicatorNumber);
            answers.add(created);
            return created;
        });
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new BusinessException("assessment.notEditable");
        }
    }

    public boolean isOwnedBy(Account account) {
        return account != null && owner.id().equals(account.id());
    }

    public Long id() {
        return id;
    }

    public CriteriaSet criteriaSet() {
        return criteriaSet;
    }

    public TitleKind kind() {
        return kind;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String subjectName() {
        return subjectName;
    }

    public Account owner() {
        return owner;
    }

    public AdministrativeUnit ward() {
        return ward;
    }

    public ResidentialGroup residentialGroup() {
        return residentialGroup;
    }

    public int year() {
        return year;
    }

    public AssessmentStatus status() {
        return status;
    }

    public boolean publishConsent() {
        return publishConsent;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public RecognitionDecision decision() {
        return decision;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public List<AssessmentStep> steps() {
        return List.copyOf(steps);
    }
}
