package vn.hoctap.portal.events.control;

import vn.hoctap.portal.enrolment.control.DocumentLabels;
import vn.hoctap.portal.events.boundary.WeekReport;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words both renderings of the week's report share: title, heading lines, row names, columns. */
final class WeekReportWording {

    static final String BUNDLE = "vn.hoctap.portal.events.documents";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The figure columns, in the order both renderings show them after the number and the name. */
    static final List<String> FIGURE_COLUMNS = List.of("column.eventsHeld", "column.registrations",
            "column.attendance", "column.walkIns", "column.present");

    private final DocumentLabels labels;

    WeekReportWording() {
        this.labels = DocumentLabels.vietnamese(BUNDLE);
    }

    DocumentLabels labels() {
        return labels;
    }

    String text(String key, Object... arguments) {
        return labels.text(key, arguments);
    }

    /** "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ …" for a campaign, the plain title for dates. */
    String title(WeekReport report) {
        return report.campaignName() == null ? text("report.title")
                : text("report.titleOfCampaign", report.campaignName().toUpperCase(Locale.forLanguageTag("vi")));
    }

    /** The lines under the title: where, when, figures as of. */
    List<String> heading(WeekReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(text("report.district", report.districtName()));
        lines.add(text("report.period", labels.date(report.from()), labels.date(report.to())));
        lines.add(text("report.generatedAt", TIME.format(report.generatedAt()),
                labels.date(report.generatedAt().toLocalDate())));
        return lines;
    }

    String documentTitle(WeekReport report) {
        return text("report.documentTitle", report.campaignName() != null ? report.campaignName()
                : report.districtName() + " " + labels.date(report.from()) + " – " + labels.date(report.to()));
    }

    String ward(WeekReport.WardRow row) {
        return row.districtWide() ? text("row.districtWide") : row.wardName();
    }

    String type(WeekReport.TypeRow row) {
        return text("type." + row.type());
    }

    /** The five figures of a row, in the order of {@link #FIGURE_COLUMNS}. */
    static int[] figures(WeekReport.Figures f) {
        return new int[] {f.eventsHeld(), f.registrations(), f.attendance(), f.walkIns(), f.present()};
    }
}
