package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.hoctap.portal.events.boundary.EventReports;
import vn.hoctap.portal.events.boundary.WeekReport;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /manager/event-report.xhtml?campaign=… (or ?district=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd): the
 * report after the week — pickers of the campaigns and districts the caller may report on, the
 * figures per ward and per event type as tables and bar charts (the registered people who came and
 * the walk-ins stacked into everyone present, beside the registrations), and the XLSX and PDF for
 * the district.
 */
@Named
@ViewScoped
public class EventReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventReports reports;

    private Long campaign;
    private Long district;
    private String from;
    private String to;
    private List<EventReports.CampaignChoice> campaigns;
    private List<EventReports.DistrictChoice> districts;
    private WeekReport report;

    public void load() {
        campaigns = reports.campaigns();
        districts = reports.districts();
        if (district != null) {
            try {
                report = reports.district(district, from, to);
            } catch (InvalidInputException invalid) {
                FacesMessages.errors("range", invalid);
            }
            return;
        }
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

    /** The per-ward chart's Chart.js configuration (the district-wide row by a short name: axis labels are narrow on a phone). */
    public String getWardChart() {
        if (report == null) {
            return "{}";
        }
        return chart(report.wards().stream()
                        .map(w -> w.districtWide() ? FacesMessages.text("events.report.districtWideShort") : w.wardName()).toList(),
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
        return downloadPath("xlsx");
    }

    public String getPdfPath() {
        return downloadPath("pdf");
    }

    /** The campaign's report, or the district's over the dates shown. */
    private String downloadPath(String format) {
        if (report != null && !report.isCampaign()) {
            return "api/event-reports." + format + "?district=" + district + "&from=" + report.from() + "&to=" + report.to();
        }
        return "api/campaigns/" + campaign + "/report." + format;
    }

    public WeekReport getReport() {
        return report;
    }

    public List<EventReports.CampaignChoice> getCampaigns() {
        return campaigns;
    }

    public List<EventReports.DistrictChoice> getDistricts() {
        return districts;
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }
}
