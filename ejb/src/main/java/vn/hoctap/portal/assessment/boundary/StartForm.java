package vn.hoctap.portal.assessment.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.assessment.entity.CitizenGroup;
import vn.hoctap.portal.assessment.entity.TitleKind;

/**
 * Starting a self-assessment: the title, the citizen's group (learning citizen only), and the
 * name of the family, clan or organisation the resident assesses as its head, representative or
 * officer (a learning citizen is the resident; a learning community is the resident's group).
 */
public record StartForm(@NotNull(message = "{assessment.kind.required}") TitleKind kind,
                        CitizenGroup citizenGroup,
                        @Size(max = 200, message = "{assessment.subject.invalid}") String subjectName) {
}
