package vn.hoctap.portal.assessment.boundary;

/** The points given to one indicator (null clears them) and the short evidence text. */
public record AnswerForm(Integer points, String evidence) {
}
