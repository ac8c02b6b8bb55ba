package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.AssessmentRow;
import vn.hoctap.portal.assessment.boundary.QueueQuery;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.web.platform.PagedRows;

import java.io.Serializable;
import java.util.List;

/**
 * /manager/titles.xhtml?ward=…: a ward's review queue (submitted self-assessments by default),
 * filtered by status and title, a page at a time from the database; links to the ward's
 * decisions, coverage, and for administrators the criteria sets and the plan.
 */
@Named
@ViewScoped
public class TitleQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleReviews reviews;

    private Long ward;
    private AssessmentStatus status = AssessmentStatus.SUBMITTED;
    private TitleKind kind;
    private List<TitleReviews.WardRow> wards;
    private PagedRows<AssessmentRow> rows;

    public void load() {
        wards = reviews.wards();
        if (ward == null && !wards.isEmpty()) {
            ward = wards.get(0).id();
        }
        if (rows == null) {
            rows = new PagedRows<>((page, size, sort, ascending) -> {
                if (ward == null) {
                    return new PagedRows.Page<>(List.of(), 0);
                }
                var found = reviews.queue(new QueueQuery(ward, status, kind, null, page, size));
                return new PagedRows.Page<>(found.rows(), found.total());
            }, AssessmentRow::id);
        }
    }

    public PagedRows<AssessmentRow> getRows() {
        return rows;
    }

    public List<TitleReviews.WardRow> getWards() {
        return wards;
    }

    public Long getWard() {
        return ward;
    }

    public void setWard(Long ward) {
        this.ward = ward;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public void setStatus(AssessmentStatus status) {
        this.status = status;
    }

    public TitleKind getKind() {
        return kind;
    }

    public void setKind(TitleKind kind) {
        this.kind = kind;
    }

    public AssessmentStatus[] getStatuses() {
        return AssessmentStatus.values();
    }

    public TitleKind[] getKinds() {
        return TitleKind.values();
    }
}
