package vn.hoctap.portal.catalog.control;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.TimeOfDay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogQueryBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static CatalogQuery query(String text, Set<DayOfWeek> days, TimeOfDay time, Integer within,
                                      boolean free, CatalogQuery.Sort sort) {
        return new CatalogQuery(text, null, null, null, days, time, within, false, free, sort, 0, 20);
    }

    @Test
    void without_filters_only_visible_classes_not_yet_over_are_listed_soonest_first() {
        var jpql = CatalogQueryBuilder.build(CatalogQuery.all(), TODAY);

        assertThat(jpql.select()).contains("c.cancelled = false", "co.status in (:published, :running)", "c.endDate >= :today")
                .endsWith("order by c.startDate, co.title, c.id");
        assertThat(jpql.count()).startsWith("select count(c)").doesNotContain("order by");
        assertThat(jpql.parameters()).containsEntry("today", TODAY)
                .containsEntry("published", CourseStatus.PUBLISHED).containsEntry("running", CourseStatus.RUNNING);
    }

    @Test
    void no_parameter_is_a_list_so_that_hibernate_keeps_the_translated_query() {
        var query = new CatalogQuery("xoa mu chu", 1L, 2L, "LITERACY_1", Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                TimeOfDay.MORNING, 30, true, true, CatalogQuery.Sort.TITLE, 0, 20);

        assertThat(CatalogQueryBuilder.build(query, TODAY).parameters().values())
                .noneMatch(value -> value instanceof Collection<?>);
    }

    @Test
    void text_is_matched_word_by_word_on_the_folded_search_text() {
        var jpql = CatalogQueryBuilder.build(query("Xóa  MÙ chữ!", Set.of(), null, null, false, null), TODAY);

        assertThat(jpql.select()).contains("co.searchText like :word0", "co.searchText like :word1", "co.searchText like :word2");
        assertThat(jpql.parameters()).containsEntry("word0", "%xoa%").containsEntry("word1", "%mu%").containsEntry("word2", "%chu%");
    }

    @Test
    void typed_with_or_without_diacritics_the_query_is_the_same() {
        var withMarks = CatalogQueryBuilder.build(query("kỹ năng số", Set.of(), null, null, false, null), TODAY);
        var without = CatalogQueryBuilder.build(query("ky nang so", Set.of(), null, null, false, null), TODAY);

        assertThat(withMarks).isEqualTo(without);
    }

    @Test
    void weekdays_match_any_of_the_chosen_days() {
        var jpql = CatalogQueryBuilder.build(query(null, Set.of(DayOfWeek.THURSDAY, DayOfWeek.TUESDAY), null, null, false, null), TODAY);

        assertThat(jpql.select()).contains("(c.weekdays like :day2 or c.weekdays like :day4)");
        assertThat(jpql.parameters()).containsEntry("day2", "%|TUESDAY|%").containsEntry("day4", "%|THURSDAY|%");
    }

    @Test
    void evening_means_starting_from_five_with_no_upper_bound_and_morning_is_before_noon() {
        var evening = CatalogQueryBuilder.build(query(null, Set.of(), TimeOfDay.EVENING, null, false, null), TODAY);
        assertThat(evening.parameters()).containsEntry("partFrom", LocalTime.of(17, 0)).doesNotContainKey("partUntil");

        var morning = CatalogQueryBuilder.build(query(null, Set.of(), TimeOfDay.MORNING, null, false, null), TODAY);
        assertThat(morning.parameters()).containsEntry("partFrom", LocalTime.MIN).containsEntry("partUntil", LocalTime.NOON);
    }

    @Test
    void starts_within_and_free_of_charge_and_sorts() {
        var jpql = CatalogQueryBuilder.build(query(null, Set.of(), null, 30, true, CatalogQuery.Sort.FEE), TODAY);

        assertThat(jpql.select()).contains("c.startDate between :today and :latestStart", "co.fee = 0")
                .endsWith("order by co.fee, c.startDate, c.id");
        assertThat(jpql.parameters()).containsEntry("latestStart", LocalDate.of(2026, 12, 22));
        assertThat(CatalogQueryBuilder.build(query(null, Set.of(), null, null, false, CatalogQuery.Sort.NEWEST), TODAY).select())
                .endsWith("order by c.id desc");
    }

    @Test
    void centre_ward_and_programme_filters_are_parameters_never_text_in_the_statement() {
        var jpql = CatalogQueryBuilder.build(new CatalogQuery(null, 7L, 3L, "LAW' or 1=1", Set.of(), null, null,
                false, false, null, 0, 20), TODAY);

        assertThat(jpql.select()).contains("w.id = :ward", "ce.id = :centre", "p.code = :programme").doesNotContain("1=1");
        assertThat(jpql.parameters()).containsEntry("ward", 7L).containsEntry("centre", 3L).containsEntry("programme", "LAW' or 1=1");
    }
}
