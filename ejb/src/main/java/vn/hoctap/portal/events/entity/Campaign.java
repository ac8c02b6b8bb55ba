package vn.hoctap.portal.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A district's programme of events between two dates, e.g. the lifelong learning week (Tuần lễ
 * hưởng ứng học tập suốt đời) or the book day; its events lie within its dates.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** A unique slug, e.g. HN-LB-TLHTSD-2026. */
    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 1000)
    private String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CampaignKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private AdministrativeUnit district;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Version
    private int version;

    protected Campaign() {
    }

    public Campaign(String code, String name, String theme, CampaignKind kind, AdministrativeUnit district,
                    LocalDate startDate, LocalDate endDate) {
        if (district.level() != UnitLevel.DISTRICT) {
            throw InvalidInputException.of("district", "events.campaign.notDistrict");
        }
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.district = district;
        change(name, theme, startDate, endDate);
    }

    public void change(String newName, String newTheme, LocalDate newStart, LocalDate newEnd) {
        if (newName == null || newName.isBlank()) {
            throw InvalidInputException.of("name", "events.campaign.nameRequired");
        }
        if (newStart == null || newEnd == null || newEnd.isBefore(newStart)) {
            throw InvalidInputException.of("endDate", "events.campaign.endBeforeStart");
        }
        this.name = newName.strip();
        this.theme = newTheme == null || newTheme.isBlank() ? null : newTheme.strip();
        this.startDate = newStart;
        this.endDate = newEnd;
    }

    /** Whether a day lies within the campaign's dates. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String theme() {
        return theme;
    }

    public CampaignKind kind() {
        return kind;
    }

    public AdministrativeUnit district() {
        return district;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int version() {
        return version;
    }
}
