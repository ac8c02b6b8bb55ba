package vn.hoctap.portal.assessment.entity;

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
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of an assessment's life: what, who (name kept as it was), when, and the comment or reason. */
@Entity
@Table(name = "title_step")
public class AssessmentStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private StepAction action;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120, updatable = false)
    private String actorName;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(length = 2000, updatable = false)
    private String comment;

    protected AssessmentStep() {
    }

    AssessmentStep(Assessment assessment, StepAction action, Long actorId, String actorName, Instant at, String comment) {
        this.assessment = assessment;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.comment = comment;
    }

    public StepAction action() {
        return action;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public Instant at() {
        return at;
    }

    public String comment() {
        return comment;
    }
}
