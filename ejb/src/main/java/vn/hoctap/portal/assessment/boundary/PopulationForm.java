package vn.hoctap.portal.assessment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.hoctap.portal.assessment.entity.TitleKind;

/** How many of a residential group could hold a title in a year. */
public record PopulationForm(@NotNull(message = "{titles.group.required}") Long group,
                             @NotNull(message = "{titles.year.required}") @Min(value = 2000, message = "{titles.year.required}")
                             @Max(value = 2100, message = "{titles.year.required}") Integer year,
                             @NotNull(message = "{assessment.kind.required}") TitleKind kind,
                             @NotNull(message = "{titles.eligible.range}") @Min(value = 0, message = "{titles.eligible.range}")
                             Integer eligible) {
}
