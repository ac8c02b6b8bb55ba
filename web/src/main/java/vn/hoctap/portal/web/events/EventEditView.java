package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.EventForm;
import vn.hoctap.portal.events.boundary.CampaignView;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventPages;
import vn.hoctap.portal.events.boundary.EventPlanning;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * /manager/event-edit.xhtml (?id=… to edit): an event's form — for a manager, an event of their
 * centre at one of its venues or another place; for an administrator also district-wide events —
 * each broken rule shown beside its field.
 */
@Named
@ViewScoped
public class EventEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPages pages;

    @Inject
    EventCalendar calendar;

    @Inject
    EventPlanning planning;

    private Long id;
    private boolean loaded;

    private String title;
    private String description;
    private String type;
    private String organiserKind = OrganiserKind.CENTRE.name();
    private String organiserName;
    private Long centreId;
    private String wardCode;
    private String placeKind = "venue";
    private Long venueId;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String audience;
    private Integer capacity;
    private Long campaignId;

    private List<EventPages.CentreChoice> centres;
    private List<EventPages.UnitChoice> districts;
    private List<EventPages.UnitChoice> wards;
    private List<EventPages.VenueChoice> venues;
    private List<CampaignView> campaigns;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        centres = pages.managedCentres();
        districts = pages.managedDistricts();
        campaigns = pages.districtsOfCaller().stream().flatMap(d -> calendar.campaigns(d.code()).stream()).toList();
        if (id != null) {
            EventForm form = pages.form(id);
            title = form.title();
            description = form.description();
            type = form.type().name();
            organiserKind = form.organiserKind().name();
            organiserName = form.organiserName();
            centreId = form.centreId();
            wardCode = form.wardCode();
            venueId = form.venueId();
            place = form.place();
            placeKind = venueId != null ? "venue" : "place";
            startsAt = form.startsAt();
            endsAt = form.endsAt();
            audience = form.audience();
            capacity = form.capacity();
            campaignId = form.campaignId();
        } else if (centres.size() == 1 || !centres.isEmpty() && districts.isEmpty()) {
            centreId = centres.get(0).id();
            organiserName = centres.get(0).name();
            wardCode = centres.get(0).wardCode();
        }
        choicesFollowTheCentre();
    }

    /** A centre chosen: its venues, the wards of its district, the centre as organiser and its ward. */
    public void centreChanged() {
        choicesFollowTheCentre();
        selectedCentre().ifPresent(c -> {
            if (organiserName == null || organiserName.isBlank() || centres.stream().anyMatch(o -> o.name().equals(organiserName))) {
                organiserName = c.name();
            }
            wardCode = c.wardCode();
        });
    }

    private void choicesFollowTheCentre() {
        var centre = selectedCentre();
        venues = centre.isPresent() ? pages.venues(centre.get().id()) : List.of();
        String district = centre.map(EventPages.CentreChoice::districtCode)
                .orElse(districts.isEmpty() ? null : districts.get(0).code());
        wards = district == null ? List.of() : pages.wards(district);
        if (venues.isEmpty()) {
            placeKind = "place";
        }
    }

    private java.util.Optional<EventPages.CentreChoice> selectedCentre() {
        return centres.stream().filter(c -> centreId != null && c.id() == centreId).findFirst();
    }

    public String save() {
        String district = selectedCentre().map(EventPages.CentreChoice::districtCode)
                .orElse(districts.isEmpty() ? null : districts.get(0).code());
        boolean atVenue = "venue".equals(placeKind);
        EventForm form = new EventForm(title, description, type == null || type.isBlank() ? null : EventType.valueOf(type),
                organiserKind == null ? null : OrganiserKind.valueOf(organiserKind), organiserName, centreId, district,
                wardCode, atVenue ? venueId : null, atVenue ? null : place, startsAt, endsAt, audience, capacity, campaignId);
        Long saved = FacesMessages.refusalsShown("event", () -> {
            if (id == null) {
                return planning.create(form);
            }
            planning.update(id, form);
            return id;
        });
        if (saved == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.edit.saved");
        return "/event.xhtml?faces-redirect=true&id=" + saved;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String[] getTypes() {
        return Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new);
    }

    public String[] getOrganiserKinds() {
        return Arrays.stream(OrganiserKind.values()).map(Enum::name).toArray(String[]::new);
    }

    public List<EventPages.CentreChoice> getCentres() {
        return centres;
    }

    public List<EventPages.UnitChoice> getWards() {
        return wards;
    }

    public List<EventPages.VenueChoice> getVenues() {
        return venues;
    }

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOrganiserKind() {
        return organiserKind;
    }

    public void setOrganiserKind(String organiserKind) {
        this.organiserKind = organiserKind;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public void setOrganiserName(String organiserName) {
        this.organiserName = organiserName;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getWardCode() {
        return wardCode;
    }

    public void setWardCode(String wardCode) {
        this.wardCode = wardCode == null || wardCode.isBlank() ? null : wardCode;
    }

    public String getPlaceKind() {
        return placeKind;
    }

    public void setPlaceKind(String placeKind) {
        this.placeKind = placeKind;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }
}
