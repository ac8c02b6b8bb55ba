package vn.hoctap.portal.assessment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.time.LocalDate;

/** A ward's plan for a title in a year: the target share (%) and, optionally, the submission deadline. */
public record TargetForm(@NotNull(message = "{titles.ward.required}") Long ward,
                         @NotNull(message = "{titles.year.required}") @Min(value = 2000, message = "{titles.year.required}")
                         @Max(value = 2100, message = "{titles.year.required}") Integer year,
                         @NotNull(message = "{assessment.kind.required}") TitleKind kind,
                         @NotNull(message = "{titles.target.range}") @Min(value = 0, message = "{titles.target.range}")
                         @Max(value = 100, message = "{titles.target.range}") Integer targetPercent,
                         LocalDate deadline) {
}
