package vn.hoctap.portal.assessment.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A criteria set version with its criteria and indicators. {@code editable}: no assessment was
 * made against it yet, so it may be corrected in place; otherwise a change is a new version.
 */
public record CriteriaSetDetail(CriteriaSetRow set, String source, boolean editable, List<CriterionView> criteria)
        implements Serializable {

    /** A criterion and its indicators. */
    public record CriterionView(String code, String title, List<IndicatorView> indicators) implements Serializable {
    }

    /** An indicator: its number across the set, wording, points, whether mandatory, the evidence hint. */
    public record IndicatorView(int number, String text, int maxPoints, Integer minPoints, boolean mandatory,
                                String evidenceHint) implements Serializable {
    }
}
