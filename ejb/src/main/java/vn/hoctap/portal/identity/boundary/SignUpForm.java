package vn.hoctap.portal.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.identity.boundary.validation.ContactGiven;
import vn.hoctap.portal.identity.boundary.validation.PersonName;
import vn.hoctap.portal.identity.boundary.validation.PlausibleBirthYear;
import vn.hoctap.portal.identity.boundary.validation.StrongPassword;
import vn.hoctap.portal.identity.entity.ContactNormalizer;

/**
 * What a resident gives to sign up. Mutable so that a JSF form and a JSON body can fill it;
 * {@link #normalised()} is what gets validated and stored.
 */
@ContactGiven
public class SignUpForm {

    @PersonName
    private String fullName;

    @NotNull(message = "{signup.birthYear.required}")
    @PlausibleBirthYear
    private Integer birthYear;

    @Pattern(regexp = "^0[1-9]\\d{8,9}$", message = "{signup.phone.invalid}")
    private String phone;

    @Email(message = "{signup.email.invalid}")
    @Size(max = 200, message = "{signup.email.invalid}")
    private String email;

    @NotNull(message = "{signup.residentialGroup.required}")
    private Long residentialGroupId;

    @StrongPassword
    private String password;

    @Pattern(regexp = "^(vi|en)$", message = "{signup.locale.invalid}")
    private String preferredLocale = "vi";

    /** A copy with names and contacts in their one stored spelling; blank fields become null. */
    public SignUpForm normalised() {
        SignUpForm copy = new SignUpForm();
        copy.fullName = ContactNormalizer.name(fullName);
        copy.birthYear = birthYear;
        copy.phone = ContactNormalizer.phone(phone);
        copy.email = ContactNormalizer.email(email);
        copy.residentialGroupId = residentialGroupId;
        copy.password = password;
        copy.preferredLocale = preferredLocale == null || preferredLocale.isBlank() ? "vi" : preferredLocale.strip();
        return copy;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getResidentialGroupId() {
        return residentialGroupId;
    }

    public void setResidentialGroupId(Long residentialGroupId) {
        this.residentialGroupId = residentialGroupId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }
}
