package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.catalog.entity.TargetGroup;

import java.util.List;
import java.util.Set;

/**
 * A new course of a centre, in draft. The description is HTML from the editor (sanitised by the
 * course); every other text is plain, without markup. Fees are in đồng. {@code prerequisites}
 * describes in words what a learner should bring; {@code prerequisiteCourseIds} names the courses
 * (of the centre or its district) a learner must have completed first — when rewriting a course,
 * leaving it out (null) keeps those it had, an empty list removes them.
 */
public record CourseForm(
        @NotNull(message = "{course.centre.required}") Long centreId,
        @NotBlank(message = "{course.programme.required}") String programme,
        @NotBlank(message = "{course.title.required}") @Size(max = 200, message = "{course.title.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String title,
        @NotBlank(message = "{course.summary.required}") @Size(max = 500, message = "{course.summary.tooLong}")
        @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String summary,
        @Size(max = 20000, message = "{course.description.tooLong}") String description,
        @Min(value = 0, message = "{course.age.range}") @Max(value = 120, message = "{course.age.range}") Integer minAge,
        @Min(value = 0, message = "{course.age.range}") @Max(value = 120, message = "{course.age.range}") Integer maxAge,
        Set<TargetGroup> audienceGroups,
        @Size(max = 100, message = "{course.level.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String level,
        @Size(max = 500, message = "{course.prerequisites.tooLong}") @Pattern(regexp = "^[^<>]*$", message = "{text.markup}") String prerequisites,
        @PositiveOrZero(message = "{course.fee.negative}") long fee,
        @Size(max = 20, message = "{course.requires.tooMany}") List<Long> prerequisiteCourseIds) {
}
