package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.CitizenGroup;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;

/** A criteria set version in a list: what it is for, its rule, whether it is current and in use. */
public record CriteriaSetRow(long id, String code, int versionNumber, TitleKind kind, CitizenGroup citizenGroup,
                             String name, int periodFrom, int periodTo, boolean template, boolean current,
                             int indicators, int maxTotal, int minTotal, Integer minEachIndicator,
                             long assessmentsMade) implements Serializable {
}
