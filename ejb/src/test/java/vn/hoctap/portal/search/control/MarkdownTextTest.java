package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void headingsQuotesBulletsAndRulesLoseTheirMarks() {
        assertThat(MarkdownText.plain("""
                # Trồng rau sạch
                ## 1. Chuẩn bị thùng ##
                > Chị Lan nhận tin nhắn.
                >
                - Dùng thùng xốp;
                  * đục lỗ ở đáy;
                + kê lên gạch.
                - [x] đã gieo
                ---
                ***
                Tiêu đề phụ
                ===========
                1. Lễ phát động""")).isEqualTo("""
                Trồng rau sạch
                1. Chuẩn bị thùng
                Chị Lan nhận tin nhắn.

                Dùng thùng xốp;
                đục lỗ ở đáy;
                kê lên gạch.
                đã gieo


                Tiêu đề phụ

                1. Lễ phát động""");
    }

    @Test
    void emphasisCodeAndLinksKeepOnlyTheirWords() {
        assertThat(MarkdownText.plain("*Tài liệu lớp \"Vườn rau\".* **Lan:** Hello, _Tom_ ~~cũ~~ `mã QR`"))
                .isEqualTo("Tài liệu lớp \"Vườn rau\". Lan: Hello, Tom cũ mã QR");
        assertThat(MarkdownText.plain("Xem [Cổng dịch vụ công](https://dichvucong.gov.vn/p/home \"DVC\") và "
                + "![ảnh mã QR](qr_code(1).png), [mục 2][hd] hoặc <https://vneid.gov.vn>."))
                .isEqualTo("Xem Cổng dịch vụ công và ảnh mã QR, mục 2 hoặc https://vneid.gov.vn.");
        assertThat(MarkdownText.plain("[hd]: https://example.vn/huong-dan")).isEmpty();
    }

    @Test
    void tablesReadAsCellsSeparatedByDots() {
        assertThat(MarkdownText.plain("""
                | Mùa | Rau dễ trồng |
                |---|:---:|
                | Xuân – hè | rau muống, mồng tơi |""")).isEqualTo("""
                Mùa · Rau dễ trồng

                Xuân – hè · rau muống, mồng tơi""");
    }

    @Test
    void plainProseIsLeftAlone() {
        String prose = """
                Giá 50.000 đ* (chưa thuế); 2 * 3 = 6; tệp ma_tran_1.txt; #hoctap; a > b; C# và -5 °C.
                Code block:
                ```
                in_dam(*x*)
                ```
                Kết thúc – hết.""";
        assertThat(MarkdownText.plain(prose)).isEqualTo("""
                Giá 50.000 đ* (chưa thuế); 2 * 3 = 6; tệp ma_tran_1.txt; #hoctap; a > b; C# và -5 °C.
                Code block:

                in_dam(*x*)

                Kết thúc – hết.""");
        assertThat(MarkdownText.plain("")).isEmpty();
        assertThat(MarkdownText.plain("Dòng 1\r\n- dòng 2\r\n")).isEqualTo("Dòng 1\r\ndòng 2\r\n");
    }
}
