package vn.hoctap.portal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A public holiday as stored (from content/holidays.yaml); see {@link HolidayCalendar}. */
@Entity
@Table(name = "holiday")
public class PublicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = 200)
    private String name;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate startsOn, LocalDate endsOn, String name) {
        var checked = new HolidayCalendar.Holiday(startsOn, endsOn, name);
        this.startsOn = checked.from();
        this.endsOn = checked.to();
        this.name = checked.name();
    }

    public HolidayCalendar.Holiday toHoliday() {
        return new HolidayCalendar.Holiday(startsOn, endsOn, name);
    }
}
