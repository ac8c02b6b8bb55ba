package vn.hoctap.portal.platform;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void diacritics_case_and_d_with_stroke_fold_away() {
        assertThat(VietnameseText.fold("Xóa mù chữ")).isEqualTo("xoa mu chu");
        assertThat(VietnameseText.fold("ĐÀO TẠO nghề")).isEqualTo("dao tao nghe");
        assertThat(VietnameseText.fold("Kỹ năng số")).isEqualTo("ky nang so");
    }

    @Test
    void decomposed_input_folds_like_composed_input() {
        String composed = "Phổ biến pháp luật";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("pho bien phap luat");
    }

    @Test
    void query_words_lose_punctuation_and_blanks() {
        assertThat(VietnameseText.words("  tin học,  cơ-bản! ")).containsExactly("tin", "hoc", "co", "ban");
        assertThat(VietnameseText.words("   ")).isEmpty();
        assertThat(VietnameseText.words(null)).isEmpty();
    }
}
