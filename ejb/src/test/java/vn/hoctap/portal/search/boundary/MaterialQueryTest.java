package vn.hoctap.portal.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialQueryTest {

    @Test
    void missingPartsTakeTheirDefaults() {
        MaterialQuery query = new MaterialQuery(null, null, null, 0, 10);
        assertThat(query.text()).isEmpty();
        assertThat(query.isBlank()).isTrue();
        assertThat(query.filters()).isEmpty();
        assertThat(query.sort()).isEqualTo(MaterialSort.RELEVANCE);
    }

    @Test
    void theTextIsTrimmedAndCutAtTwoHundredCharacters() {
        assertThat(MaterialQuery.of("  xoa mu chu  ").text()).isEqualTo("xoa mu chu");
        assertThat(MaterialQuery.of("a".repeat(500)).text()).hasSize(MaterialQuery.MAX_TEXT);
    }

    @Test
    void pagesAndSizesOutsideTheirLimitsAreRefused() {
        assertThatThrownBy(() -> MaterialQuery.of("x").page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaterialQuery.of("x").page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaterialQuery.of("x").page(0, 51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaterialQuery.of("x").page(101, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MaterialQuery.of("x").page(100, 50).size()).isEqualTo(50);
    }

    @Test
    void filtersAreCopiedAndEmptyDimensionsDropped() {
        Map<FacetDimension, Set<String>> filters = new HashMap<>();
        filters.put(FacetDimension.SUBJECT, Set.of("HEALTH"));
        filters.put(FacetDimension.FORMAT, Set.of());
        MaterialQuery query = new MaterialQuery("x", filters, MaterialSort.DATE, 0, 10);
        filters.put(FacetDimension.LICENCE, Set.of("CC_BY"));

        assertThat(query.filters()).containsOnlyKeys(FacetDimension.SUBJECT);
        assertThat(query.filter(FacetDimension.FORMAT, "PDF", "DOCX").filters())
                .containsEntry(FacetDimension.FORMAT, Set.of("PDF", "DOCX")).containsKey(FacetDimension.SUBJECT);
    }
}
