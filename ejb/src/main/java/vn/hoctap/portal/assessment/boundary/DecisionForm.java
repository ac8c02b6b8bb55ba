package vn.hoctap.portal.assessment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A recognition decision of a ward: its number ("15/QĐ-UBND"), date and signer, and the accepted
 * assessments it recognises.
 */
public record DecisionForm(@NotNull(message = "{decision.ward.required}") Long ward,
                           @NotBlank(message = "{decision.number.required}") @Size(max = 60, message = "{decision.number.required}")
                           @Pattern(regexp = "[^<>]*", message = "{decision.number.required}") String number,
                           @NotNull(message = "{decision.date.required}") LocalDate decidedOn,
                           @NotBlank(message = "{decision.signer.required}") @Size(max = 200, message = "{decision.signer.required}")
                           @Pattern(regexp = "[^<>]*", message = "{decision.signer.required}") String signer,
                           @NotEmpty(message = "{decision.assessments.required}") List<Long> assessments) {
}
