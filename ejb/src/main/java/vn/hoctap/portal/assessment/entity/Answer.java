package vn.hoctap.portal.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The points and evidence an assessment gives one indicator of its criteria set version. */
@Entity
@Table(name = "title_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(name = "indicator_number", nullable = false)
    private int indicator;

    private Integer points;

    @Column(name = "evidence_text", length = 1000)
    private String evidenceText;

    @Embedded
    private EvidenceFile file;

    protected Answer() {
    }

    Answer(Assessment assessment, int indicator) {
        this.assessment = assessment;
        this.indicator = indicator;
    }

    void give(Integer points, String evidenceText) {
        this.points = points;
        this.evidenceText = evidenceText == null || evidenceText.isBlank() ? null : evidenceText.strip();
    }

    void attach(EvidenceFile file) {
        this.file = file;
    }

    public int indicator() {
        return indicator;
    }

    public Integer points() {
        return points;
    }

    public String evidenceText() {
        return evidenceText;
    }

    /** The evidence file, or null (an embeddable whose columns are all null). */
    public EvidenceFile file() {
        return file == null || file.sha256() == null ? null : file;
    }
}
