package vn.hoctap.portal.enrolment.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    @Test
    void codes_are_four_groups_of_four_unambiguous_characters_and_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.next();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            assertThat(VerificationCode.normalised(code)).contains(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void a_code_typed_back_in_lower_case_without_dashes_or_with_o_for_zero_is_recognised() {
        assertThat(VerificationCode.normalised(" k7qf2m9x-d4tr 8hnb ")).contains("K7QF-2M9X-D4TR-8HNB");
        assertThat(VerificationCode.normalised("K7QF-2M9X-D4TR-8HNO")).contains("K7QF-2M9X-D4TR-8HN0");
        assertThat(VerificationCode.normalised("IIII-LLLL-0000-1111")).contains("1111-1111-0000-1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7QF-2M9X-D4TR", "K7QF-2M9X-D4TR-8HNBX", "K7QF-2M9X-D4TR-8HNU", "' or 1=1 --",
            "K7QF-2M9X-D4TR-8HN%", "Đ7QF-2M9X-D4TR-8HNB"})
    void anything_else_is_not_a_code(String text) {
        assertThat(VerificationCode.normalised(text)).isEmpty();
        assertThat(VerificationCode.normalised(null)).isEmpty();
    }
}
