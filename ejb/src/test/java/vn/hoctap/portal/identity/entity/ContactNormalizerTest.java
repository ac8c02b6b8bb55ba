package vn.hoctap.portal.identity.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class ContactNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"+84 912 345 678", "0912.345.678", "84912345678", "0912345678",
            " 0912-345-678 ", "(+84) 912 345 678", "+84912345678", "0084 912 345 678"})
    void phoneSpellingsBecomeOneDomesticNumber(String raw) {
        assertThat(ContactNormalizer.phone(raw)).isEqualTo("0912345678");
    }

    @Test
    void elevenDigitDomesticNumbersKeepTheirLeadingZero() {
        assertThat(ContactNormalizer.phone("024 3872 1001")).isEqualTo("02438721001");
    }

    @Test
    void digitsStartingWith84ThatAreNotElevenLongAreLeftAlone() {
        assertThat(ContactNormalizer.phone("8412345")).isEqualTo("8412345");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankContactsBecomeNull(String raw) {
        assertThat(ContactNormalizer.phone(raw)).isNull();
        assertThat(ContactNormalizer.email(raw)).isNull();
        assertThat(ContactNormalizer.name(raw)).isNull();
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(ContactNormalizer.email("  Nguoi.Hoc@HocTap.Demo ")).isEqualTo("nguoi.hoc@hoctap.demo");
    }

    @Test
    void loginWithAnAtSignIsAnEmailElseAPhone() {
        assertThat(ContactNormalizer.login(" Admin.Hanoi@HocTap.demo")).isEqualTo("admin.hanoi@hoctap.demo");
        assertThat(ContactNormalizer.login("+84 912 345 678")).isEqualTo("0912345678");
        assertThat(ContactNormalizer.login("0912.345.678")).isEqualTo("0912345678");
        assertThat(ContactNormalizer.login("   ")).isNull();
        assertThat(ContactNormalizer.login(null)).isNull();
    }

    @Test
    void nameIsTrimmedAndInnerWhiteSpaceFolded() {
        assertThat(ContactNormalizer.name("  Nguyễn   Thị\tHồng \n Vân  ")).isEqualTo("Nguyễn Thị Hồng Vân");
    }

    @Test
    void noBreakSpacesInANameAreFoldedLikeSpaces() {
        assertThat(ContactNormalizer.name("\u00A0Nguyễn\u00A0Văn\u202FAn ")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void nameIsNfcNormalised() {
        String nfc = Normalizer.normalize("Nguyễn Thị Hồng Vân", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(nfd.length()).isGreaterThan(nfc.length());

        String normalised = ContactNormalizer.name(nfd);

        assertThat(normalised).isEqualTo(nfc);
        assertThat(Normalizer.isNormalized(normalised, Normalizer.Form.NFC)).isTrue();
    }
}
