package vn.hoctap.portal.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.identity.entity.Account;

import java.time.Instant;
import java.util.Objects;

/**
 * The exception a manager records consciously, as with the schooling that admits to literacy phase
 * 2: the learner counts as having completed a course they did not complete at a centre (the
 * centre judged their prior learning equivalent), so the courses that require it admit them. Who
 * recorded it, when, and for which class's enrolment are kept; it is never inferred.
 */
@Entity
@Table(name = "prerequisite_waiver")
public class PrerequisiteWaiver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private ClassOffering forClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "waived_by", nullable = false)
    private Account waivedBy;

    @Column(name = "waived_at", nullable = false)
    private Instant waivedAt;

    protected PrerequisiteWaiver() {
    }

    public PrerequisiteWaiver(Learner learner, Course course, ClassOffering forClass, Account waivedBy, Instant now) {
        this.learner = Objects.requireNonNull(learner);
        this.course = Objects.requireNonNull(course);
        this.forClass = forClass;
        this.waivedBy = Objects.requireNonNull(waivedBy);
        this.waivedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public Learner learner() {
        return learner;
    }

    public Course course() {
        return course;
    }

    public ClassOffering forClass() {
        return forClass;
    }

    public Account waivedBy() {
        return waivedBy;
    }

    public Instant waivedAt() {
        return waivedAt;
    }
}
