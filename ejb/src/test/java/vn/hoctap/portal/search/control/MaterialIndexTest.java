package vn.hoctap.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoctap.portal.search.control.TestMaterials.material;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.FacetValue;
import vn.hoctap.portal.search.boundary.MaterialHit;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.boundary.MaterialSort;

class MaterialIndexTest {

    private final MaterialIndex index = MaterialIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> ids(String text) {
        return ids(index.search(MaterialQuery.of(text)));
    }

    private static List<Long> ids(MaterialResults results) {
        return results.hits().stream().map(MaterialHit::id).toList();
    }

    @Test
    void aPutMaterialIsFoundAtOnceWithOrWithoutDiacritics() {
        index.put(material(1, "Kỹ năng sống cho thanh thiếu niên", "Bài giảng", "Giao tiếp, tự bảo vệ bản thân."));

        assertThat(ids("kỹ năng sống")).containsExactly(1L);
        assertThat(ids("ky nang song")).containsExactly(1L);
        assertThat(ids("KY NANG")).containsExactly(1L);
        assertThat(ids("nấu ăn")).isEmpty();
    }

    @Test
    void aReplacedMaterialIsOneDocumentWithTheNewText() {
        index.put(material(1, "Phòng chống sốt xuất huyết", "", "Diệt muỗi."));
        index.put(material(1, "Phòng chống sốt xuất huyết", "", "Ngủ màn, phát quang bụi rậm."));

        assertThat(index.size()).isEqualTo(1);
        assertThat(ids("diet muoi")).isEmpty();
        assertThat(ids("ngu man")).containsExactly(1L);
    }

    @Test
    void aRemovedMaterialIsGoneAtOnce() {
        index.put(material(1, "Luật giao thông đường bộ", "", ""));
        index.put(material(2, "Luật hôn nhân và gia đình", "", ""));

        index.remove(1);
        index.remove(99);

        assertThat(ids("luat")).containsExactly(2L);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aPhraseRanksAheadOfScatteredSyllables() {
        index.put(material(1, "Chữ viết và mù màu", "", "Xóa bỏ định kiến về người mù; học chữ nổi."));
        index.put(material(2, "Lớp xóa mù chữ buổi tối", "", "Lớp học cho người lớn tuổi."));

        assertThat(ids("xoa mu chu")).containsExactly(2L, 1L);
    }

    @Test
    void tonesTypedInTheQueryRankTheExactWordFirst() {
        index.put(material(1, "Chăm sóc mả tổ tiên", "", ""));
        index.put(material(2, "Sức khỏe của má và bé", "", ""));
        index.put(material(3, "Ma túy và tác hại", "", ""));

        assertThat(ids("má").get(0)).isEqualTo(2L);
        assertThat(ids("mả").get(0)).isEqualTo(1L);
        assertThat(ids("ma")).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void ocrDamageInADocumentOrAQueryStillMatches() {
        index.put(material(1, "Kế hoạch năm 2026", "Bản scan", "Kế h0ạch x6a mu chir và 16p h9c cho ngu'o'i lớn, Pao t4o."));
        index.put(material(2, "Xóa mù chữ", "", "Mở lớp học buổi tối."));

        assertThat(ids("xóa mù chữ")).contains(1L, 2L);
        assertThat(ids("lop hoc")).contains(1L, 2L);
        assertThat(ids("đào tạo")).containsExactly(1L);
        assertThat(ids("x6a mu chir")).contains(1L, 2L);
    }

    @Test
    void aTypoOfALongerSyllableStillFindsItButBelowExactMatches() {
        index.put(material(1, "Trường học an toàn", "", ""));
        index.put(material(2, "Truyền thông về trường học", "", ""));

        assertThat(ids("truogn hoc")).contains(1L, 2L);
        assertThat(ids("truong")).containsExactly(1L, 2L);
    }

    @Test
    void anUnfinishedLastSyllableIsTakenAsTheStartOfAWord() {
        index.put(material(1, "Đo huyết áp tại nhà", "", ""));
        index.put(material(2, "Huyết thanh và a xít", "", ""));

        assertThat(ids("huyet a")).startsWith(1L);
    }

    @Test
    void theSubjectNameAuthorAndPublisherAreSearchedToo() {
        try (MaterialIndex named = MaterialIndex.inMemory(MaterialIndex.Options.DEFAULT.withCommitDelay(java.time.Duration.ZERO)
                .withSubjectNames(Map.of("LIFE_SKILLS", "Kỹ năng sống")), new MaterialQueryBuilder())) {
            named.put(material(1, "Phòng chống đuối nước", "LIFE_SKILLS", List.of("PARENTS"), "PDF", "CC_BY", 3L,
                    "TTHTCĐ phường Gia Thụy", LocalDate.of(2026, 6, 1)));
            named.put(material(2, "Nấu ăn ngon", "OTHER", List.of("ADULTS"), "PDF", "CC_BY", 4L, "TTHTCĐ xã Phù Linh",
                    LocalDate.of(2026, 6, 1)));

            assertThat(ids(named.search(MaterialQuery.of("ky nang song")))).containsExactly(1L);
            assertThat(ids(named.search(MaterialQuery.of("phu linh")))).containsExactly(2L);
        }
    }

    @Test
    void facetsCountEveryDimensionAndFiltersCombineOrWithinAndAcross() {
        index.put(material(1, "Rửa tay đúng cách", "HEALTH", List.of("ADULTS", "CHILDREN"), "PDF", "CC_BY", 1L, "TTHTCĐ Bồ Đề", LocalDate.of(2026, 1, 1)));
        index.put(material(2, "Tiêm chủng cho trẻ", "HEALTH", List.of("PARENTS"), "VIDEO", "CC_BY", 2L, "TTHTCĐ Ngọc Thụy", LocalDate.of(2026, 1, 2)));
        index.put(material(3, "Trồng rau sạch", "AGRICULTURE", List.of("FARMERS"), "PDF", "PUBLIC_DOMAIN", 1L, "TTHTCĐ Bồ Đề", LocalDate.of(2026, 1, 3)));
        index.put(material(4, "Luật đất đai", "LAW", List.of("ADULTS"), "HTML", "CC_BY_SA", null, "Quận Long Biên", LocalDate.of(2026, 1, 4)));

        MaterialResults all = index.search(MaterialQuery.of(""));
        assertThat(counts(all, FacetDimension.SUBJECT)).containsEntry("HEALTH", 2L).containsEntry("AGRICULTURE", 1L).containsEntry("LAW", 1L);
        assertThat(counts(all, FacetDimension.AUDIENCE)).containsEntry("ADULTS", 2L).containsEntry("CHILDREN", 1L);
        assertThat(counts(all, FacetDimension.FORMAT)).containsEntry("PDF", 2L);
        assertThat(counts(all, FacetDimension.LICENCE)).containsEntry("CC_BY", 2L);
        assertThat(counts(all, FacetDimension.CENTRE)).containsEntry("1", 2L).containsEntry("2", 1L).containsEntry("unit:Quận Long Biên", 1L);
        assertThat(all.facets().get(FacetDimension.CENTRE)).extracting(FacetValue::label).contains("TTHTCĐ Bồ Đề", "Quận Long Biên");

        MaterialResults health = index.search(MaterialQuery.of("").filter(FacetDimension.SUBJECT, "HEALTH", "LAW"));
        assertThat(ids(health)).containsExactlyInAnyOrder(1L, 2L, 4L);
        // drill-sideways: the filtered dimension still counts its alternatives, the others count the hits
        assertThat(counts(health, FacetDimension.SUBJECT)).containsEntry("AGRICULTURE", 1L).containsEntry("HEALTH", 2L);
        assertThat(health.facets().get(FacetDimension.SUBJECT)).filteredOn(FacetValue::selected)
                .extracting(FacetValue::value).containsExactlyInAnyOrder("HEALTH", "LAW");
        assertThat(counts(health, FacetDimension.FORMAT)).doesNotContainKey("PDF".equals("x") ? "" : "TXT").containsEntry("PDF", 1L);

        MaterialResults both = index.search(MaterialQuery.of("").filter(FacetDimension.SUBJECT, "HEALTH", "AGRICULTURE")
                .filter(FacetDimension.FORMAT, "PDF"));
        assertThat(ids(both)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(both.total()).isEqualTo(2);
        assertThat(ids(index.search(MaterialQuery.of("").filter(FacetDimension.CENTRE, "unit:Quận Long Biên")))).containsExactly(4L);
    }

    private static Map<String, Long> counts(MaterialResults results, FacetDimension dimension) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.facets().get(dimension).forEach(value -> counts.put(value.value(), value.count()));
        return counts;
    }

    @Test
    void anEmptyQueryListsEverythingNewestFirstAndDateSortOrdersMatches() {
        for (int day = 1; day <= 5; day++) {
            index.put(material(day, "Tài liệu số " + day, "LAW", List.of("ADULTS"), "PDF", "CC_BY", 1L, "TT", LocalDate.of(2026, 2, day)));
        }
        assertThat(ids(index.search(MaterialQuery.of("  ")))).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(ids(index.search(MaterialQuery.of("tai lieu").sortedBy(MaterialSort.DATE)))).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void pagesSliceTheHitsAndTheTotalIsExact() {
        IntStream.rangeClosed(1, 25).forEach(i -> index.put(material(i, "Bài học tiếng Anh " + i, "", "")));
        index.put(material(100, "Nấu ăn", "", ""));

        MaterialResults third = index.search(MaterialQuery.of("tieng anh").page(2, 10));
        assertThat(third.total()).isEqualTo(25);
        assertThat(third.hits()).hasSize(5);
        assertThat(third.pages()).isEqualTo(3);
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(ids(index.search(MaterialQuery.of("tieng anh").page(page, 10))));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(25).doesNotContain(100L);
        assertThat(index.search(MaterialQuery.of("tieng anh").page(3, 10)).hits()).isEmpty();
    }

    @Test
    void snippetsMarkFoldedMatchesAndEscapeEverythingElse() {
        index.put(material(1, "Kỹ năng sống <b>", "Mô tả", "Mở đầu. <script>alert('x')</script> Rèn kỹ năng sống mỗi ngày & vui."));

        MaterialHit hit = index.search(MaterialQuery.of("ky nang song")).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>").contains("kỹ").contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("&amp;");
        assertThat(hit.snippetHtml().replaceAll("</?mark>", "")).contains("kỹ năng sống");
        assertThat(hit.titleHtml()).startsWith("<mark>").contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void snippetsOfAMarkdownTextReadAsPlainTextWithTheMatchesMarked() {
        index.put(material(1, "Vườn rau", "", """
                # Trồng rau trong thùng xốp

                *Tài liệu lớp "Vườn rau" & <b>bạn</b>.*

                - Dùng **thùng xốp** cũ, xem [hướng dẫn](https://example.vn/thung_xop?a=1&b=2).
                > Tưới `nước vo gạo` cho thùng xốp.
                """));

        String snippet = index.search(MaterialQuery.of("thung xop")).hits().get(0).snippetHtml();
        assertThat(snippet).contains("<mark>thùng xốp</mark>").doesNotContain("# ", "**", "](", "example.vn", "`", "&gt; ", "- Dùng");
        assertThat(snippet.replaceAll("</?mark>", "")).contains("Trồng rau trong thùng xốp",
                "Dùng thùng xốp cũ, xem hướng dẫn.", "Tưới nước vo gạo cho thùng xốp.");

        String emphasised = index.search(MaterialQuery.of("tai lieu lop")).hits().get(0).snippetHtml();
        assertThat(emphasised).contains("<mark>Tài liệu lớp</mark> &quot;Vườn rau&quot; &amp; &lt;b&gt;bạn&lt;")
                .doesNotContain("*", "<b>");
    }

    @Test
    void aHitWithoutMatchInItsTextShowsItsDescription() {
        index.put(material(1, "Trồng lúa", "Hướng dẫn <gieo> mạ", "Nội dung khác."));

        MaterialHit hit = index.search(MaterialQuery.of("trong lua")).hits().get(0);
        assertThat(hit.snippetHtml()).isEqualTo("Hướng dẫn &lt;gieo&gt; mạ");
    }

    @Test
    void aThinResultOffersACorrectionThatFindsMore() {
        index.put(material(1, "Phòng chống dịch bệnh", "", "Vệ sinh môi trường phòng bệnh."));
        index.put(material(2, "Phòng cháy chữa cháy", "", "Phòng cháy tại nhà."));

        MaterialResults results = index.search(MaterialQuery.of("phogn chong"));
        assertThat(results.didYouMean()).contains("phòng chống");
        assertThat(index.search(MaterialQuery.of("phong chong")).didYouMean()).isEmpty();
    }

    @Test
    void aCorrectionIsSpelledWithTheTonesOfTheMaterials() {
        index.put(material(1, "Phòng chống đuối nước cho trẻ em", "", "Dạy trẻ bơi. Phòng chống đuối nước mùa hè."));
        index.put(material(2, "Phòng cháy chữa cháy", "", "Phòng cháy tại nhà."));

        assertThat(index.search(MaterialQuery.of("phong chong duoi nuco")).didYouMean()).contains("phòng chống đuối nước");
    }

    @Test
    void aCorrectionTakesTheFormThatStandsBesideTheOtherWords() {
        // "sach" is more often "sách" and "trong" more often "trong" here, but "trồng rau sạch" is the phrase
        index.put(material(1, "Trồng rau sạch trong thùng xốp", "Sách hướng dẫn trong sách",
                "Trong sách này, trong nhà, trong vườn: đọc sách, rồi trồng rau sạch. Sách hay trong năm."));

        assertThat(index.search(MaterialQuery.of("trong rau sahc")).didYouMean()).contains("trồng rau sạch");
    }

    @Test
    void aCorrectionOfAQueryTypedWithTonesStaysFolded() {
        index.put(material(1, "Phòng chống dịch bệnh", "", "Vệ sinh môi trường phòng bệnh."));

        assertThat(index.search(MaterialQuery.of("phòng chốgn")).didYouMean()).contains("phong chong");
    }

    @Test
    void aCorrectionNeverTakesTheLettersOfAGarbledScan() {
        // the scan's "x6a" is indexed as "xoa" by the OCR repair, but is no spelling to offer
        index.put(material(1, "Kế hoạch x6a mù chữ năm 2026", "", ""));

        assertThat(index.search(MaterialQuery.of("xoa mu chuw")).didYouMean()).contains("xoa mù chữ");
    }

    @Test
    void aQueryOfWhichNotEverySyllableMatchesIsRelaxed() {
        index.put(material(1, "Nuôi gà thả vườn", "", ""));

        MaterialResults results = index.search(MaterialQuery.of("nuoi ga tha vuon dep"));
        assertThat(results.relaxed()).isFalse();
        assertThat(ids(results)).containsExactly(1L);
        MaterialResults relaxed = index.search(MaterialQuery.of("nuoi ca"));
        assertThat(relaxed.relaxed()).isTrue();
        assertThat(ids(relaxed)).containsExactly(1L);
    }

    @Test
    void suggestionsCompleteTitlesWithoutDiacriticsBeginningsFirst() {
        index.put(material(1, "Rèn kỹ năng mềm", "LIFE_SKILLS", List.of("ADULTS"), "PDF", "CC_BY", 1L, "TT", LocalDate.of(2026, 5, 1)));
        index.put(material(2, "Kỹ năng sống cho trẻ", "LIFE_SKILLS", List.of("ADULTS"), "PDF", "CC_BY", 1L, "TT", LocalDate.of(2026, 1, 1)));
        index.put(material(3, "Kỹ thuật trồng rau", "AGRICULTURE", List.of("ADULTS"), "PDF", "CC_BY", 1L, "TT", LocalDate.of(2026, 2, 1)));

        assertThat(index.suggest("ky na", 5)).extracting(s -> s.title()).containsExactly("Kỹ năng sống cho trẻ", "Rèn kỹ năng mềm");
        assertThat(index.suggest("KỸ", 5)).extracting(s -> s.materialId()).containsExactly(3L, 2L, 1L);
        assertThat(index.suggest("ky nang ", 5)).extracting(s -> s.materialId()).containsExactly(2L, 1L);
        assertThat(index.suggest("k", 5)).isEmpty();
        assertThat(index.suggest("ky", 1)).hasSize(1);
    }

    @Test
    void aFreshIndexNeedsARebuildAndARebuildReplacesEverything() {
        assertThat(index.needsRebuild()).isTrue();
        index.put(material(1, "Cũ", "", ""));

        List<long[]> progress = new ArrayList<>();
        List<MaterialDocument> all = IntStream.rangeClosed(10, 1209).mapToObj(i -> material(i, "Tài liệu " + i, "", "")).toList();
        index.rebuild(all.iterator(), all.size(), 42, (done, expected) -> progress.add(new long[]{done, expected}));

        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.size()).isEqualTo(1200);
        assertThat(ids("cu")).isEmpty();
        assertThat(index.committedStamp()).isEqualTo(42);
        assertThat(progress.get(0)).containsExactly(0, 1200);
        assertThat(progress).extracting(p -> p[0]).contains(500L, 1000L);
        assertThat(progress.get(progress.size() - 1)).containsExactly(1200, 1200);
    }

    @Test
    void aSecondRebuildAtTheSameTimeIsRefused() {
        List<MaterialDocument> none = List.of();
        java.util.Iterator<MaterialDocument> reentering = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                assertThatThrownBy(() -> index.rebuild(none.iterator(), 0, MaterialIndex.RebuildProgress.NONE))
                        .isInstanceOf(IllegalStateException.class);
                return false;
            }

            @Override
            public MaterialDocument next() {
                throw new java.util.NoSuchElementException();
            }
        };
        index.rebuild(reentering, 0, MaterialIndex.RebuildProgress.NONE);
        assertThat(index.needsRebuild()).isFalse();
    }

    @Test
    void aClosedIndexRefusesWork() {
        index.close();
        assertThatThrownBy(() -> index.search(MaterialQuery.of("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.put(material(1, "x", "", ""))).isInstanceOf(IllegalStateException.class);
    }
}
