package vn.hoctap.portal.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.CampaignView;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventPages;
import vn.hoctap.portal.events.boundary.ProgrammeDay;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * /campaign.xhtml?code=… (or ?id=…): a campaign's public landing page, the whole district's
 * programme day by day, filtered by ward and type in the address, with the campaign's feed.
 */
@Named("campaignView")
@RequestScoped
public class CampaignPageView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EventPages pages;

    @Inject
    EventCalendar calendar;

    private String code;
    private Long id;
    private String ward;
    private String type;

    private CampaignView campaign;
    private List<ProgrammeDay> days;
    private List<EventPages.UnitChoice> wards;

    public void load() {
        if (id != null) {
            campaign = calendar.campaign(id).orElseThrow(NotFoundException::new);
        } else if (code != null && !code.isBlank()) {
            campaign = calendar.campaignByCode(code.strip()).orElseThrow(NotFoundException::new);
        } else {
            throw new NotFoundException();
        }
        wards = pages.wards(campaign.districtCode());
        if (ward != null && wards.stream().noneMatch(w -> w.code().equals(ward))) {
            ward = null;
        }
        if (type != null && !Arrays.asList(getTypes()).contains(type)) {
            type = null;
        }
        // the days that have events (of the ward and type asked for)
        days = calendar.programme(campaign.id(), ward, type == null ? null : EventType.valueOf(type)).stream()
                .filter(day -> !day.events().isEmpty()).toList();
    }

    /** "Thứ Năm, 01/10/2026". */
    public String dayLabel(LocalDate day) {
        return FacesMessages.text("day." + day.getDayOfWeek()) + ", " + DATE.format(day);
    }

    public int getEventCount() {
        return days.stream().mapToInt(d -> d.events().size()).sum();
    }

    public FeedLinks getFeed() {
        return FeedLinks.of("campaign/" + campaign.code());
    }

    public String[] getTypes() {
        return Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new);
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public List<ProgrammeDay> getDays() {
        return days;
    }

    public List<EventPages.UnitChoice> getWards() {
        return wards;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
