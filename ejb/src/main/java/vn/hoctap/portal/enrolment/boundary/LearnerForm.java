package vn.hoctap.portal.enrolment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.hoctap.portal.identity.boundary.validation.PersonName;
import vn.hoctap.portal.identity.boundary.validation.PlausibleBirthYear;
import vn.hoctap.portal.identity.entity.ContactNormalizer;

import java.io.Serializable;

/**
 * A learner a manager records: a walk-in, or someone the household survey found. A name, a birth
 * year and a residential group of the centre's ward; a phone if there is one; the school grade
 * finished if known (it admits to literacy phase 2 without phase 1 from grade 3).
 */
public record LearnerForm(
        @PersonName String fullName,
        @NotNull(message = "{learner.birthYear.required}") @PlausibleBirthYear Integer birthYear,
        @NotNull(message = "{learner.group.required}") Long residentialGroupId,
        @Pattern(regexp = "^0[1-9]\\d{8,9}$", message = "{signup.phone.invalid}") String phone,
        @Min(value = 0, message = "{learner.grade.range}") @Max(value = 12, message = "{learner.grade.range}") Integer completedGrade)
        implements Serializable {

    /** Names and phones in their one stored spelling (spaces folded, NFC; digits only); blank becomes null. */
    public LearnerForm normalised() {
        return new LearnerForm(ContactNormalizer.name(fullName), birthYear, residentialGroupId,
                ContactNormalizer.phone(phone), completedGrade);
    }
}
