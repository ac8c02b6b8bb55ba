package vn.hoctap.portal.assessment.boundary;

import jakarta.validation.constraints.NotNull;

/** A reviewer's step: accept (comment optional), return with comments, or reject with a reason. */
public record ReviewForm(@NotNull(message = "{review.action.required}") Action action, String comment) {

    public enum Action {
        ACCEPT, RETURN, REJECT
    }
}
