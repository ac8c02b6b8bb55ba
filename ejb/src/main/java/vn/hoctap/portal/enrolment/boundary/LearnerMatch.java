package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;

/** A learner a manager may enrol, as found by name: enough to tell two namesakes apart. */
public record LearnerMatch(long id, String fullName, Integer birthYear, String residentialGroup, String phone)
        implements Serializable {
}
