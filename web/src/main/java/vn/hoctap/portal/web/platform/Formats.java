package vn.hoctap.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How pages write dates (dd/MM/yyyy), times, weekdays and fees, in the visitor's language. */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    LocaleSelection localeSelection;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(LocalDateTime time) {
        return time == null ? "" : Texts.text(localeSelection.getLocale(), "day." + time.getDayOfWeek())
                + " " + DATE.format(time) + ", " + TIME.format(time);
    }

    /** A moment, as a time and date in Asia/Ho_Chi_Minh: "19:05 22/11/2026". */
    public String instant(java.time.Instant moment) {
        return moment == null ? "" : TIME.format(moment.atZone(vn.hoctap.portal.platform.PortalClock.ZONE)) + " "
                + DATE.format(moment.atZone(vn.hoctap.portal.platform.PortalClock.ZONE));
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "|TUESDAY|THURSDAY|" as "Thứ Ba, Thứ Năm". */
    public String weekdays(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "";
        }
        return Arrays.stream(pattern.split("\\|")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).sorted()
                .map(day -> Texts.text(localeSelection.getLocale(), "day." + day))
                .collect(Collectors.joining(", "));
    }

    /** A file's size: "820 B", "14 KB", "2,4 MB" (decimal comma in Vietnamese). */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size + 512) / 1024 + " KB";
        }
        NumberFormat megabytes = NumberFormat.getNumberInstance(Texts.supported(localeSelection.getLocale()));
        megabytes.setMaximumFractionDigits(1);
        return megabytes.format(size / (1024.0 * 1024.0)) + " MB";
    }

    /** 0 as "Miễn phí" / "Free", otherwise "200.000 đ". */
    public String fee(long dong) {
        if (dong == 0) {
            return Texts.text(localeSelection.getLocale(), "fee.free");
        }
        return NumberFormat.getIntegerInstance(Texts.VIETNAMESE).format(dong) + " đ";
    }
}
