package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;


import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.search.control.VietnameseAnalyzer.Variant;

class VietnameseAnalyzerTest {

    private final VietnameseAnalyzer folded = new VietnameseAnalyzer(Variant.FOLDED);
    private final VietnameseAnalyzer shingles = new VietnameseAnalyzer(Variant.FOLDED_SHINGLES);
    private final VietnameseAnalyzer exact = new VietnameseAnalyzer(Variant.EXACT);

    private static java.util.List<String> terms(VietnameseAnalyzer analyzer, String text) {
        return TokenStreams.terms(analyzer, "f", text);
    }

    private static final String TEXT = "Xóa mù chữ cho người lớn: kỹ năng sống, Đào tạo nghề ở phường Bồ Đề";

    @Test
    void foldsCaseTonesAndVowelMarksIntoSyllables() {
        assertThat(terms(folded, TEXT)).containsExactly(
                "xoa", "mu", "chu", "cho", "nguoi", "lon", "ky", "nang", "song", "dao", "tao", "nghe", "o", "phuong",
                "bo", "de");
    }

    @Test
    void decomposedAndComposedTextGiveTheSameTokensInEveryVariant() {
        String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(TEXT);
        assertThat(terms(folded, nfd)).isEqualTo(terms(folded, TEXT));
        assertThat(terms(shingles, nfd)).isEqualTo(terms(shingles, TEXT));
        assertThat(terms(exact, nfd)).isEqualTo(terms(exact, TEXT)).contains("người", "kỹ", "đào");
    }

    @Test
    void dWithStrokeAndTheIcelandicEthLookalikeFoldToD() {
        assertThat(terms(folded, "Đ đ Ð ð đường ĐÀO")).containsExactly("d", "d", "d", "d", "duong", "dao");
        assertThat(terms(exact, "Ðào đào ĐÀO")).containsExactly("đào", "đào", "đào");
    }

    @Test
    void theExactFieldKeepsTonesApart() {
        assertThat(terms(exact, "Ma má mả mã mạ")).containsExactly("ma", "má", "mả", "mã", "mạ");
        assertThat(terms(folded, "Ma má mả mã mạ")).containsExactly("ma", "ma", "ma", "ma", "ma");
    }

    @Test
    void shinglesPairAdjacentSyllablesBesideTheSyllables() {
        assertThat(terms(shingles, "Xóa mù chữ")).containsExactly("xoa", "xoa mu", "mu", "mu chu", "chu");
    }

    @Test
    void ocrDamageIsRepairedInTheFoldedChainOnly() {
        assertThat(terms(folded, "x6a mu chir, 16p h9c, Pao t4o, c0ng dan, ngu'o'i")).containsExactly(
                "xoa", "mu", "chu", "lop", "hoc", "dao", "tao", "cong", "dan", "nguoi");
        assertThat(terms(exact, "x6a mu chir")).containsExactly("x6a", "mu", "chir");
    }

    @Test
    void numbersCodesAndEnglishWordsStay() {
        assertThat(terms(folded, "Năm 2026, 99,8 % người 15-60 tuổi; lớp B1, COVID19, email online wifi"))
                .containsExactly("nam", "2026", "99,8", "nguoi", "15", "60", "tuoi", "lop", "b1", "covid19", "email",
                        "online", "wifi");
    }
}
