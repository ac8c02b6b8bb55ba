package vn.hoctap.portal.identity.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SignUpFormTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    private static final int THIS_YEAR = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static SignUpForm validForm() {
        SignUpForm form = new SignUpForm();
        form.setFullName("  Vũ   Thị Lan ");
        form.setBirthYear(1978);
        form.setPhone("+84 912 345 678");
        form.setEmail("  NguoiHoc@HocTap.Demo ");
        form.setResidentialGroupId(42L);
        form.setPassword("Hoctap2026");
        form.setPreferredLocale(" en ");
        return form;
    }

    private static Set<ConstraintViolation<SignUpForm>> validate(SignUpForm form) {
        return validator.validate(form.normalised());
    }

    /** The violations as "path → template", to assert on both at once. */
    private static Set<String> violationsOf(SignUpForm form) {
        return validate(form).stream()
                .map(v -> v.getPropertyPath() + " -> " + v.getMessageTemplate())
                .collect(Collectors.toSet());
    }

    @Test
    void validFormPassesAfterNormalisation() {
        assertThat(validate(validForm())).isEmpty();
    }

    @Test
    void normalisedCopyHasTheStoredSpellingsAndLeavesTheOriginalAlone() {
        SignUpForm form = validForm();
        SignUpForm copy = form.normalised();

        assertThat(copy).isNotSameAs(form);
        assertThat(copy.getFullName()).isEqualTo("Vũ Thị Lan");
        assertThat(copy.getPhone()).isEqualTo("0912345678");
        assertThat(copy.getEmail()).isEqualTo("nguoihoc@hoctap.demo");
        assertThat(copy.getPreferredLocale()).isEqualTo("en");
        assertThat(copy.getBirthYear()).isEqualTo(1978);
        assertThat(copy.getResidentialGroupId()).isEqualTo(42L);
        assertThat(copy.getPassword()).isEqualTo("Hoctap2026");
        assertThat(form.getPhone()).isEqualTo("+84 912 345 678");
    }

    @Test
    void blankLocaleDefaultsToVietnamese() {
        SignUpForm form = validForm();
        form.setPreferredLocale("  ");
        assertThat(form.normalised().getPreferredLocale()).isEqualTo("vi");
        form.setPreferredLocale(null);
        assertThat(form.normalised().getPreferredLocale()).isEqualTo("vi");
        assertThat(validate(form)).isEmpty();
    }

    @Test
    void theRawFormWithUntrimmedContactsIsNotValid() {
        // normalised() is what makes the form valid: the raw spellings break the patterns.
        assertThat(validator.validate(validForm()))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate)
                .contains(tuple("phone", "{signup.phone.invalid}"), tuple("preferredLocale", "{signup.locale.invalid}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void missingNameIsRequired(String name) {
        SignUpForm form = validForm();
        form.setFullName(name);
        assertThat(violationsOf(form)).containsExactly("fullName -> {signup.fullName.required}");
        form.setFullName(null);
        assertThat(violationsOf(form)).containsExactly("fullName -> {signup.fullName.required}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Nguyễn <b>Văn</b> A", "Lan 2", "Vân; DROP TABLE account", "-Lan"})
    void markupDigitsAndOddSignsInNameAreRejected(String name) {
        SignUpForm form = validForm();
        form.setFullName(name);
        assertThat(violationsOf(form)).containsExactly("fullName -> {signup.fullName.invalid}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hồng Vân", "Đỗ Minh Khôi", "H'Hen Niê", "Lê Văn Tám Jr.", "Trần-Phạm Quốc Bảo"})
    void vietnameseNamesAreAccepted(String name) {
        SignUpForm form = validForm();
        form.setFullName(name);
        assertThat(validate(form)).isEmpty();
    }

    @Test
    void decomposedVietnameseNameIsAccepted() {
        SignUpForm form = validForm();
        form.setFullName(Normalizer.normalize("Nguyễn Thị Hồng Vân", Normalizer.Form.NFD));
        assertThat(validate(form)).isEmpty();
    }

    @Test
    void nameOf120CharactersIsAcceptedAnd121IsTooLong() {
        SignUpForm form = validForm();
        form.setFullName("A" + "n".repeat(119));
        assertThat(validate(form)).isEmpty();

        form.setFullName("A" + "n".repeat(120));
        assertThat(form.normalised().getFullName()).hasSize(121);
        assertThat(violationsOf(form)).containsExactly("fullName -> {signup.fullName.tooLong}");
    }

    @Test
    void birthYearIsRequired() {
        SignUpForm form = validForm();
        form.setBirthYear(null);
        assertThat(violationsOf(form)).containsExactly("birthYear -> {signup.birthYear.required}");
    }

    @Test
    void implausibleBirthYearsAreRejected() {
        for (int year : new int[]{1800, THIS_YEAR, THIS_YEAR - 5, THIS_YEAR - 111, THIS_YEAR + 1}) {
            SignUpForm form = validForm();
            form.setBirthYear(year);
            assertThat(violationsOf(form)).as("birth year %d", year)
                    .containsExactly("birthYear -> {signup.birthYear.implausible}");
        }
    }

    @Test
    void birthYearsAtTheLimitsOfAgeAreAccepted() {
        for (int year : new int[]{THIS_YEAR - 6, THIS_YEAR - 110}) {
            SignUpForm form = validForm();
            form.setBirthYear(year);
            assertThat(validate(form)).as("birth year %d", year).isEmpty();
        }
    }

    @Test
    void neitherPhoneNorEmailIsAClassLevelViolation() {
        SignUpForm form = validForm();
        form.setPhone(null);
        form.setEmail("   ");
        Set<ConstraintViolation<SignUpForm>> violations = validate(form);
        assertThat(violations).hasSize(1);
        ConstraintViolation<SignUpForm> violation = violations.iterator().next();
        assertThat(violation.getMessageTemplate()).isEqualTo("{signup.contact.required}");
        assertThat(violation.getPropertyPath().toString()).isEmpty();
    }

    @Test
    void phoneAloneOrEmailAloneIsEnough() {
        SignUpForm phoneOnly = validForm();
        phoneOnly.setEmail(null);
        assertThat(validate(phoneOnly)).isEmpty();

        SignUpForm emailOnly = validForm();
        emailOnly.setPhone("");
        assertThat(validate(emailOnly)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0012345678", "091234567", "091234567890", "0912abc678"})
    void badPhoneIsRejected(String phone) {
        SignUpForm form = validForm();
        form.setPhone(phone);
        assertThat(violationsOf(form)).containsExactly("phone -> {signup.phone.invalid}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "a@b@c.vn", "nguoihoc@"})
    void badEmailIsRejected(String email) {
        SignUpForm form = validForm();
        form.setEmail(email);
        assertThat(violationsOf(form)).containsExactly("email -> {signup.email.invalid}");
    }

    @Test
    void missingResidentialGroupIsRejected() {
        SignUpForm form = validForm();
        form.setResidentialGroupId(null);
        assertThat(violationsOf(form)).containsExactly("residentialGroupId -> {signup.residentialGroup.required}");
    }

    @Test
    void shortPasswordIsRejectedForItsLength() {
        SignUpForm form = validForm();
        form.setPassword("short1");
        assertThat(violationsOf(form)).containsExactly("password -> {password.length}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletters", "1234567890"})
    void passwordWithoutLettersAndDigitsIsWeak(String password) {
        SignUpForm form = validForm();
        form.setPassword(password);
        assertThat(violationsOf(form)).containsExactly("password -> {password.weak}");
    }

    @Test
    void missingPasswordIsRequired() {
        SignUpForm form = validForm();
        form.setPassword(null);
        assertThat(violationsOf(form)).containsExactly("password -> {password.required}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "VI", "vi-VN", "english"})
    void unsupportedLocaleIsRejected(String locale) {
        SignUpForm form = validForm();
        form.setPreferredLocale(locale);
        assertThat(violationsOf(form)).containsExactly("preferredLocale -> {signup.locale.invalid}");
    }
}
