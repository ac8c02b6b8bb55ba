package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.hoctap.portal.events.boundary.EventReports;
import vn.hoctap.portal.events.boundary.WeekReport;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /manager/event-report.xhtml?campaign=…: the campaign's report after the week — a picker of the
 * campaigns the caller may report on, the figures per ward and per event type as tables and bar
 * charts (the registered people who came and the walk-ins stacked into everyone present, beside
 * the registrations), and the XLSX and PDF for the district.
 */
@Named
@ViewScoped
public class EventReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventReports reports;

    private Long campaign;
    private List<EventReports.CampaignChoice> campaigns;
    private WeekReport report;

    public void load() {
        campaigns = reports.campaigns();
        if (campaign == null && !campaigns.isEmpty()) {
            campaign = campaigns.get(0).id();
        }
        if (campaign != null) {
            report = reports.campaign(campaign);
        }
    }

    /** A ward row's name: the ward's, or "district-wide" for the events held for the whole district. */
    public String wardName(WeekReport.WardRow row) {
        return row.districtWide() ? FacesMessages.text("events.report.districtWide") : row.wardName();
    }

    public String typeName(WeekReport.TypeRow row) {
        return FacesMessages.text("events.report.type." + row.type());
    }

    /** The per-ward chart's Chart.js configuration. */
    public String getWardChart() {
        if (report == null) {
            return "{}";
        }
        return chart(report.wards().stream().map(this::wardName).toList(),
                report.wards().stream().map(WeekReport.WardRow::figures).toList());
    }

    /** The per-type chart's Chart.js configuration. */
    public String getTypeChart() {
        if (report == null) {
            return "{}";
        }
        return chart(report.types().stream().map(this::typeName).toList(),
                report.types().stream().map(WeekReport.TypeRow::figures).toList());
    }

    /** Height of a chart of so many rows, so that every bar stays readable on a phone. */
    public int chartHeight(int rows) {
        return 90 + 46 * rows;
    }

    /** Horizontal bars (long ward names read on a phone): registrations, and present as attendance + walk-ins stacked. */
    private static String chart(List<String> names, List<WeekReport.Figures> figures) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        JsonArrayBuilder attendance = Json.createArrayBuilder();
        JsonArrayBuilder walkIns = Json.createArrayBuilder();
        names.forEach(labels::add);
        for (WeekReport.Figures f : figures) {
            registrations.add(f.registrations());
            attendance.add(f.attendance());
            walkIns.add(f.walkIns());
        }
        JsonObjectBuilder stackedAxis = Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("events.report.registrations", registrations, "#90a4ae", "registered"))
                                .add(dataset("events.report.attendance", attendance, "#2e7d32", "present"))
                                .add(dataset("events.report.walkIns", walkIns, "#f9a825", "present"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("x", stackedAxis)
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String labelKey, JsonArrayBuilder data, String colour, String stack) {
        return Json.createObjectBuilder().add("label", FacesMessages.text(labelKey)).add("data", data)
                .add("backgroundColor", colour).add("stack", stack);
    }

    public String getXlsxPath() {
        return "api/campaigns/" + campaign + "/report.xlsx";
    }

    public String getPdfPath() {
        return "api/campaigns/" + campaign + "/report.pdf";
    }

    public WeekReport getReport() {
        return report;
    }

    public List<EventReports.CampaignChoice> getCampaigns() {
        return campaigns;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }
}
