package vn.hoctap.portal.assessment.boundary;

import java.io.Serializable;
import java.util.List;

/** What a resident may start this year: the titles with a current criteria set, their group and ward. */
public record StartChoices(int year, String residentialGroup, String ward, List<CriteriaSetRow> sets) implements Serializable {
}
