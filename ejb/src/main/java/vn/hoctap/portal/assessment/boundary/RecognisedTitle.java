package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A recognised title on the ward's public list: only what its holder agreed to publish. */
public record RecognisedTitle(String holder, TitleKind kind, int year, String residentialGroup, String decisionNumber,
                              LocalDate decidedOn) implements Serializable {
}
