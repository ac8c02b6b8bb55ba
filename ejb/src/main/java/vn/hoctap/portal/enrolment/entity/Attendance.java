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
import jakarta.persistence.Version;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a learner was at one session, with the teacher's note ("came late", "ill"). Written for
 * every confirmed learner when the session's sheet is saved; changed only when the mark or the
 * note differs, so that saving the same sheet twice changes nothing.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ClassSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Column(nullable = false)
    private boolean present;

    @Column(length = 300)
    private String note;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Version
    private int version;

    protected Attendance() {
    }

    public Attendance(ClassSession session, Enrolment enrolment, boolean present, String note, long markedBy, Instant now) {
        if (!sameClass(session.classOffering(), enrolment.classOffering())) {
            throw new IllegalArgumentException("the enrolment is not one of the session's class");
        }
        this.session = Objects.requireNonNull(session);
        this.enrolment = enrolment;
        this.present = present;
        this.note = clean(note);
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    private static boolean sameClass(ClassOffering a, ClassOffering b) {
        return a == b || (a.id() != null && a.id().equals(b.id()));
    }

    /** @return true when the mark or the note changed */
    public boolean mark(boolean nowPresent, String newNote, long byAccountId, Instant now) {
        String cleaned = clean(newNote);
        if (present == nowPresent && Objects.equals(note, cleaned)) {
            return false;
        }
        present = nowPresent;
        note = cleaned;
        markedBy = byAccountId;
        markedAt = now;
        return true;
    }

    private static String clean(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public ClassSession session() {
        return session;
    }

    public boolean present() {
        return present;
    }

    public String note() {
        return note;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
