package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OcrRepairTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "x6a, xoa", "chir, chu", "nhirng, nhung", "16p, lop", "1op, lop", "h9c, hoc", "pao, dao", "t4o, tao",
            "c0ng, cong", "ngu'o'i, nguoi", "nguo'i, nguoi", "ngu’o’i, nguoi", "rnot, mot", "rnuc, muc", "h0c, hoc",
            "l0p, lop", "5ach, sach", "8ao, bao", "9iao, giao", "d4n, dan", "ti3u, tieu", "qu4n, quan",
            "ho@t, hoat"})
    void repairsTypicalOcrDamage(String damaged, String repaired) {
        assertThat(OcrRepair.repair(damaged)).isEqualTo(repaired);
    }

    /** Letters followed by digits are codes (language levels B1, A2 …), even where a vowel was lost (tr6). */
    @ParameterizedTest
    @ValueSource(strings = {"tr6", "xoa", "chu", "nguoi", "pin", "pha", "phuong", "16", "2026", "99,8", "1.500", "b1", "a2",
            "mp3", "covid19", "f0", "online", "email", "wifi", "facebook", "internet", "zalo", "smartphone", "bgddt",
            "page", "post", "10a", "6a", "4g", "15h30", "h2o", "abc'", "中文"})
    void leavesWordsNumbersCodesAndForeignWordsAlone(String token) {
        assertThat(OcrRepair.repair(token)).isEqualTo(token);
    }
}
