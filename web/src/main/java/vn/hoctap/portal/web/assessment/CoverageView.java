package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import vn.hoctap.portal.assessment.boundary.Coverage;
import vn.hoctap.portal.assessment.boundary.TitleCoverage;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * /manager/title-coverage.xhtml?ward=…|district=…&year=…: recognised titles against the eligible
 * population and the plan's target, per residential group of a ward or per ward of a district,
 * as tables, a bar chart (recognised beside what the target asks for) and an XLSX download.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleCoverage coverage;

    @Inject
    TitleReviews reviews;

    private Long ward;
    private Long district;
    private Integer year;
    private List<TitleReviews.WardRow> wards;
    private Coverage figures;

    public void load() {
        wards = reviews.wards();
        if (year == null) {
            year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        }
        if (ward == null && district == null && !wards.isEmpty()) {
            ward = wards.get(0).id();
        }
        if (ward != null || district != null) {
            figures = coverage.coverage(ward != null ? ward : district, year);
        }
    }

    /** The chart's Chart.js configuration: per title, the recognised count beside the count the target asks for. */
    public String getChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder recognised = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (Coverage.Line total : figures.totals()) {
            labels.add(FacesMessages.text("titles.kind." + total.kind()));
            recognised.add(total.recognised());
            target.add(total.targetCount() == null ? 0 : total.targetCount());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", FacesMessages.text("titles.coverage.chartRecognised"))
                                        .add("data", recognised).add("backgroundColor", "#2e7d32"))
                                .add(Json.createObjectBuilder().add("label", FacesMessages.text("titles.coverage.chartTarget"))
                                        .add("data", target).add("backgroundColor", "#90a4ae"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /** The address of the XLSX report of what the page shows. */
    public String getXlsxPath() {
        return "api/titles/stats.xlsx?" + (ward != null ? "ward=" + ward : "district=" + district) + "&year=" + year;
    }

    /** The district of the ward shown, for administrators' "whole district" link. */
    public Long getDistrictOfWard() {
        return wards.stream().filter(w -> w.id() == (ward == null ? -1 : ward)).map(TitleReviews.WardRow::districtId)
                .findFirst().orElse(null);
    }

    public Coverage getFigures() {
        return figures;
    }

    public List<TitleReviews.WardRow> getWards() {
        return wards;
    }

    public Long getWard() {
        return ward;
    }

    public void setWard(Long ward) {
        this.ward = ward;
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
