package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.CampaignForm;
import vn.hoctap.portal.events.boundary.CampaignView;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventPages;
import vn.hoctap.portal.events.boundary.EventPlanning;
import vn.hoctap.portal.events.entity.CampaignKind;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** /manager/campaigns.xhtml: the district's campaigns for its administrators; a new one, or next year's as a copy. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPages pages;

    @Inject
    EventCalendar calendar;

    @Inject
    EventPlanning planning;

    private List<CampaignView> campaigns;
    private List<EventPages.UnitChoice> districts;

    private String code;
    private String name;
    private String theme;
    private String kind = CampaignKind.LIFELONG_LEARNING_WEEK.name();
    private String districtCode;
    private LocalDate startDate;
    private LocalDate endDate;

    public void load() {
        if (campaigns == null) {
            campaigns = pages.districtsOfCaller().stream().flatMap(d -> calendar.campaigns(d.code()).stream()).toList();
            districts = pages.managedDistricts();
            if (districtCode == null && !districts.isEmpty()) {
                districtCode = districts.get(0).code();
            }
        }
    }

    public String create() {
        CampaignForm form = new CampaignForm(code == null ? null : code.strip(), name, theme,
                kind == null ? null : CampaignKind.valueOf(kind), districtCode, startDate, endDate);
        Object created = FacesMessages.refusalsShown("campaign", () -> planning.createCampaign(form));
        if (created == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.campaigns.created");
        return "/manager/campaigns.xhtml?faces-redirect=true";
    }

    public String copy(long campaignId, int year) {
        Object copied = FacesMessages.refusalsShown("campaigns", () -> planning.copyCampaign(campaignId, year));
        if (copied == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.campaigns.copied", String.valueOf(year));
        return "/manager/campaigns.xhtml?faces-redirect=true";
    }

    /** The year after the campaign's own. */
    public int nextYear(CampaignView campaign) {
        return campaign.startDate().getYear() + 1;
    }

    public String[] getKinds() {
        return Arrays.stream(CampaignKind.values()).map(Enum::name).toArray(String[]::new);
    }

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }

    public List<EventPages.UnitChoice> getDistricts() {
        return districts;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
