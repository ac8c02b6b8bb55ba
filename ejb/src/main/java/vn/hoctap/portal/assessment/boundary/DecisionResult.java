package vn.hoctap.portal.assessment.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An issued decision and the certificates it gave. */
public record DecisionResult(long id, String number, LocalDate decidedOn, int year, List<Recognised> recognised)
        implements Serializable {

    /** A recognised assessment and its certificate's verification code. */
    public record Recognised(long assessmentId, String holder, String verificationCode, String verifyUrl) implements Serializable {
    }
}
