package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.RecognisedTitle;
import vn.hoctap.portal.assessment.boundary.TitleCoverage;
import vn.hoctap.portal.assessment.boundary.TitleReviews;

import java.io.Serializable;
import java.util.List;

/** /titles.xhtml?ward=…: the public list of a ward's recognised learning titles, only those their holders agreed to show. */
@Named
@ViewScoped
public class RecognisedTitlesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleCoverage coverage;

    private Long ward;
    private List<TitleReviews.WardRow> wards;
    private List<RecognisedTitle> titles;

    public void load() {
        wards = coverage.allWards();
        if (ward == null && !wards.isEmpty()) {
            ward = wards.get(0).id();
        }
        titles = ward == null ? List.of() : coverage.recognised(ward, null);
    }

    public List<TitleReviews.WardRow> getWards() {
        return wards;
    }

    public List<RecognisedTitle> getTitles() {
        return titles;
    }

    public Long getWard() {
        return ward;
    }

    public void setWard(Long ward) {
        this.ward = ward;
    }
}
