package vn.hoctap.portal.search.control;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.portal.materials.boundary.MaterialDocument;

/** Material documents for the index tests: what matters spelled out, the rest plausible. */
final class TestMaterials {

    private TestMaterials() {
    }

    static MaterialDocument material(long id, String title, String description, String text) {
        return new MaterialDocument(id, 1, title, description, text, "LITERACY", List.of("ADULTS"), "BASIC", "vi",
                "CC_BY", "TXT", "TTHTCĐ phường Bồ Đề", 1L, "TTHTCĐ phường Bồ Đề", LocalDate.of(2026, 3, 1));
    }

    static MaterialDocument material(long id, String title, String subject, List<String> audiences, String format,
                                     String licence, Long centreId, String centreName, LocalDate published) {
        return new MaterialDocument(id, 1, title, "", "", subject, audiences, "BASIC", "vi", licence, format, "",
                centreId, centreName, published);
    }
}
