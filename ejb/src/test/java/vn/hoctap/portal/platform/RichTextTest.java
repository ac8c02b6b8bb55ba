package vn.hoctap.portal.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void keeps_paragraphs_emphasis_lists_and_links() {
        String html = "<p>Học <strong>đọc</strong>, <em>viết</em> và <u>tính</u></p>"
                + "<ol><li data-list=\"bullet\">Buổi tối</li></ol><p><a href=\"https://hoctap.vn/lop\">Xem thêm</a></p>";

        assertThat(RichText.sanitise(html)).isEqualTo("<p>Học <strong>đọc</strong>, <em>viết</em> và <u>tính</u></p>"
                + "<ol><li data-list=\"bullet\">Buổi tối</li></ol>"
                + "<p><a href=\"https://hoctap.vn/lop\" rel=\"nofollow noopener noreferrer\">Xem thêm</a></p>");
    }

    @Test
    void removes_scripts_handlers_styles_images_and_script_links() {
        String html = "<p onclick=\"steal()\" style=\"color:red\">Xóa mù chữ</p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">bấm</a><iframe src=\"https://x\"></iframe>";

        String clean = RichText.sanitise(html);

        assertThat(clean).isEqualTo("<p>Xóa mù chữ</p><a rel=\"nofollow noopener noreferrer\">bấm</a>");
        assertThat(clean).doesNotContain("script", "onclick", "style", "img", "javascript", "iframe");
    }

    @Test
    void an_empty_editor_is_no_description() {
        assertThat(RichText.sanitise("<p><br></p>")).isNull();
        assertThat(RichText.sanitise("   ")).isNull();
        assertThat(RichText.sanitise(null)).isNull();
        assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
    }

    @Test
    void plain_text_becomes_escaped_paragraphs_with_line_breaks() {
        assertThat(RichText.fromPlainText("Lớp học buổi tối.\nMang theo bút & vở.\n\nHọc miễn phí <100%>."))
                .isEqualTo("<p>Lớp học buổi tối.<br>Mang theo bút &amp; vở.</p><p>Học miễn phí &lt;100%&gt;.</p>");
        assertThat(RichText.fromPlainText(" ")).isNull();
    }
}
