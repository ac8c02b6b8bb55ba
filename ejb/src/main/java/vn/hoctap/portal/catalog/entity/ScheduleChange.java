package vn.hoctap.portal.catalog.entity;

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
import java.time.LocalDateTime;

/** A change of a timetable as it happened: what moved or was called off, by whom, when, why. */
@Entity
@Table(name = "schedule_change")
public class ScheduleChange {

    public enum Kind {
        SESSION_RESCHEDULED, SESSION_CANCELLED, CLASS_CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private ClassOffering classOffering;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private ClassSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "old_start")
    private LocalDateTime oldStart;

    @Column(name = "old_end")
    private LocalDateTime oldEnd;

    @Column(name = "new_start")
    private LocalDateTime newStart;

    @Column(name = "new_end")
    private LocalDateTime newEnd;

    @Column(length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ScheduleChange() {
    }

    ScheduleChange(Kind kind, ClassOffering classOffering, ClassSession session, TimeSlot before, TimeSlot after,
                   String reason, long changedBy, Instant changedAt) {
        this.kind = kind;
        this.classOffering = classOffering;
        this.session = session;
        this.oldStart = before == null ? null : before.start();
        this.oldEnd = before == null ? null : before.end();
        this.newStart = after == null ? null : after.start();
        this.newEnd = after == null ? null : after.end();
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }
}
