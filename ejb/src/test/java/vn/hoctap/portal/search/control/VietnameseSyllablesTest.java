package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "o", "xoa", "mu", "chu", "nguoi", "truong", "nghiep", "nghieng", "khuyen", "nguyen",
            "quoc", "quy", "gi", "gia", "giua", "gin", "gieng", "ky", "ke", "ghe", "nghe", "yeu", "uyen", "dao", "tao",
            "lop", "hoc", "cong", "khoe", "thuong", "xoong", "oanh", "khuech", "huynh", "pin"})
    void acceptsSyllables(String folded) {
        assertThat(VietnameseSyllables.isSyllable(folded)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "chir", "x6a", "16p", "pao", "ce", "ci", "ge", "nge", "ka", "gha", "ngha", "qa", "hyen",
            "online", "email", "wifi", "bgddt", "tt", "ng", "str", "nguoii", "khong1", "Hoc"})
    void refusesWhatNoSyllableCanBe(String folded) {
        assertThat(VietnameseSyllables.isSyllable(folded)).isFalse();
    }
}
