package vn.hoctap.portal.catalog.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The public holidays (Tết, 30/4–1/5, Quốc khánh…) on which no class meets. */
public final class HolidayCalendar {

    /** One holiday, possibly several days long: {@code from} and {@code to} both included. */
    public record Holiday(LocalDate from, LocalDate to, String name) {
        public Holiday {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            Objects.requireNonNull(name);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Holiday " + name + " ends before it starts");
            }
        }

        public boolean includes(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public static final HolidayCalendar NONE = new HolidayCalendar(List.of());

    private final List<Holiday> holidays;

    public HolidayCalendar(List<Holiday> holidays) {
        this.holidays = holidays.stream().sorted(Comparator.comparing(Holiday::from)).toList();
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        return holidays.stream().filter(h -> h.includes(date)).findFirst();
    }

    public boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    public List<Holiday> holidays() {
        return holidays;
    }
}
