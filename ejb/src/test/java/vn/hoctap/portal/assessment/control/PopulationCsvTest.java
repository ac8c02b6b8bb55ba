package vn.hoctap.portal.assessment.control;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationCsvTest {

    private static final Set<String> GROUPS = Set.of("HN-LB-BD-T01", "HN-LB-BD-T02");

    @Test
    void reads_commas_or_semicolons_a_header_a_bom_and_thousands_with_dots() {
        var parsed = PopulationCsv.parse("\uFEFFyear,group,kind,eligible\r\n2026,HN-LB-BD-T01,CITIZEN,1.250\n\n"
                + "2026;HN-LB-BD-T02;family;310\n", GROUPS::contains);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.rows()).containsExactly(new PopulationCsv.Row(2, 2026, "HN-LB-BD-T01", TitleKind.CITIZEN, 1250),
                new PopulationCsv.Row(4, 2026, "HN-LB-BD-T02", TitleKind.FAMILY, 310));
    }

    @Test
    void every_broken_line_is_reported_with_its_number_and_nothing_is_taken() {
        var parsed = PopulationCsv.parse("""
                year,group,kind,eligible
                2026,HN-LB-BD-T01,CITIZEN,1200
                2026,HN-LB-XX-T09,CITIZEN,100
                20x6,HN-LB-BD-T02,FAMILY,-3
                2026,HN-LB-BD-T02,TOWN,10
                2026,HN-LB-BD-T02
                2026,HN-LB-BD-T01,CITIZEN,1300
                """, GROUPS::contains);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(PopulationCsv.LineError::line, PopulationCsv.LineError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "titles.csv.group"),
                        org.assertj.core.groups.Tuple.tuple(4, "titles.csv.year"),
                        org.assertj.core.groups.Tuple.tuple(4, "titles.csv.eligible"),
                        org.assertj.core.groups.Tuple.tuple(5, "titles.csv.kind"),
                        org.assertj.core.groups.Tuple.tuple(6, "titles.csv.columns"),
                        org.assertj.core.groups.Tuple.tuple(7, "titles.csv.duplicate"));
    }

    @Test
    void an_empty_file_says_so() {
        assertThat(PopulationCsv.parse("  \n", GROUPS::contains).errors()).extracting(PopulationCsv.LineError::messageKey)
                .containsExactly("titles.csv.empty");
        assertThat(PopulationCsv.parse("year,group,kind,eligible\n", GROUPS::contains).errors())
                .extracting(PopulationCsv.LineError::messageKey).containsExactly("titles.csv.empty");
    }

    @Test
    void the_demo_population_names_only_groups_of_the_demo_organisation_and_reads_whole() throws java.io.IOException {
        var organisation = new vn.hoctap.portal.platform.content.DemoContentFiles(java.nio.file.Path.of("../content")).organisation();
        Set<String> groups = new java.util.HashSet<>();
        organisation.districts().forEach(d -> d.wards().forEach(w -> w.residentialGroups().forEach(g -> groups.add(g.code()))));

        var parsed = PopulationCsv.parse(java.nio.file.Files.readString(java.nio.file.Path.of("../content/titles/population.csv")),
                groups::contains);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).hasSize(2 * groups.size() * 4);
    }
}
