package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoctap.portal.assessment.boundary.ImportReport;
import vn.hoctap.portal.assessment.boundary.PopulationForm;
import vn.hoctap.portal.assessment.boundary.TargetForm;
import vn.hoctap.portal.assessment.boundary.TitleCoverage;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /manager/title-plan.xhtml?ward=…&year=…: for administrators, the ward plan's targets (percent
 * and submission deadline per title), the eligible population per residential group and title,
 * and a CSV import whose broken lines are listed one by one (nothing is imported then).
 */
@Named
@ViewScoped
public class TitlePlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleCoverage coverage;

    @Inject
    TitleReviews reviews;

    private Long ward;
    private Integer year;
    private List<TitleReviews.WardRow> wards;
    private List<TitleCoverage.GroupRow> groups;
    private final Map<TitleKind, Integer> targets = new EnumMap<>(TitleKind.class);
    private final Map<TitleKind, LocalDate> deadlines = new EnumMap<>(TitleKind.class);
    private final Map<String, Integer> population = new HashMap<>();
    private String csv;
    private List<String> csvErrors = new ArrayList<>();

    public void load() {
        wards = reviews.wards();
        if (year == null) {
            year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        }
        if (ward == null && !wards.isEmpty()) {
            ward = wards.get(0).id();
        }
        if (ward != null) {
            coverage.targetsOf(ward, year).forEach(t -> {
                targets.put(t.kind(), t.targetPercent());
                deadlines.put(t.kind(), t.deadline());
            });
            groups = coverage.groups(ward);
            coverage.coverage(ward, year).lines().forEach(l -> population.put(l.areaId() + "|" + l.kind(), (int) l.eligible()));
        }
    }

    public void saveTargets() {
        FacesMessages.refusalsShown("targets", () -> {
            for (TitleKind kind : TitleKind.values()) {
                if (targets.get(kind) != null) {
                    coverage.plan(new TargetForm(ward, year, kind, targets.get(kind), deadlines.get(kind)));
                }
            }
            FacesMessages.info("titles.plan.targetsSaved");
            return null;
        });
    }

    public void savePopulation() {
        FacesMessages.refusalsShown("population", () -> {
            for (TitleCoverage.GroupRow group : groups) {
                for (TitleKind kind : TitleKind.values()) {
                    Integer eligible = population.get(group.id() + "|" + kind);
                    if (eligible != null) {
                        coverage.count(new PopulationForm(group.id(), year, kind, eligible));
                    }
                }
            }
            FacesMessages.info("titles.plan.populationSaved");
            return null;
        });
    }

    public void importCsv() {
        report(coverage.importPopulation(csv));
    }

    public void uploadCsv(FileUploadEvent event) {
        report(coverage.importPopulation(new String(event.getFile().getContent(), StandardCharsets.UTF_8)));
    }

    private void report(ImportReport report) {
        csvErrors = report.errors().stream().map(e -> FacesMessages.text("titles.plan.csvLine", String.valueOf(e.line()),
                FacesMessages.text(e.messageKey(), e.arguments().toArray()))).toList();
        if (csvErrors.isEmpty()) {
            FacesMessages.info("titles.plan.imported", report.imported());
            load();
        }
    }

    public TitleKind[] getKinds() {
        return TitleKind.values();
    }

    public List<TitleReviews.WardRow> getWards() {
        return wards;
    }

    public List<TitleCoverage.GroupRow> getGroups() {
        return groups;
    }

    public Map<TitleKind, Integer> getTargets() {
        return targets;
    }

    public Map<TitleKind, LocalDate> getDeadlines() {
        return deadlines;
    }

    public Map<String, Integer> getPopulation() {
        return population;
    }

    public Long getWard() {
        return ward;
    }

    public void setWard(Long ward) {
        this.ward = ward;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public List<String> getCsvErrors() {
        return csvErrors;
    }
}
