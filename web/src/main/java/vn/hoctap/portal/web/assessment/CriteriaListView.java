package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.CriteriaSetRow;
import vn.hoctap.portal.assessment.boundary.CriteriaSets;

import java.io.Serializable;
import java.util.List;

/** /manager/criteria.xhtml: every criteria set version, current ones first within each set, with what uses them. */
@Named
@ViewScoped
public class CriteriaListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriteriaSets sets;

    private List<CriteriaSetRow> rows;

    public void load() {
        rows = sets.list(null, true);
    }

    public List<CriteriaSetRow> getRows() {
        return rows;
    }
}
