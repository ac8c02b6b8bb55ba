package vn.hoctap.portal.web.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventCard;
import vn.hoctap.portal.events.boundary.EventPages;
import vn.hoctap.portal.events.boundary.EventQuery;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * /events.xhtml: the calendar (month, week, list; a list on a phone) of a centre, a ward or a
 * district (the caller's, when the address names none), filtered by type and ward, with the
 * scope's public iCalendar feed. Each event opens its own page.
 */
@Named
@ViewScoped
public class EventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPages pages;

    @Inject
    EventCalendar calendar;

    private String campaign;
    private String district;
    private String ward;
    private String centre;
    private String type;
    private LocalDate date;

    private EventPages.Scope scope;
    private List<EventPages.UnitChoice> wards;
    private ScheduleModel model;

    public void load() {
        if (scope != null) {
            return;
        }
        scope = pages.scope(campaign, centre, EventPages.WARD.equals(kindAsked()) ? ward : null, district);
        if (date == null) {
            date = scope.firstDay();
        }
        wards = pages.wards(scope.districtCode());
        if (type != null && !type.isBlank() && !List.of(getTypes()).contains(type)) {
            type = null;
        }
        model = new Events();
    }

    /** A ward in the address with no district names the ward as the scope; beside a district it is a filter. */
    private String kindAsked() {
        if (centre != null && !centre.isBlank()) {
            return EventPages.CENTRE;
        }
        return (district == null || district.isBlank()) && ward != null && !ward.isBlank() ? EventPages.WARD : EventPages.DISTRICT;
    }

    /** Loads the events of the range the calendar shows, whenever it changes. */
    private class Events extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime from, LocalDateTime to) {
            boolean wardIsFilter = EventPages.DISTRICT.equals(scope.kind()) || EventPages.CAMPAIGN.equals(scope.kind());
            String wardFilter = wardIsFilter && ward != null && !ward.isBlank() ? ward : scope.wardCode();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            EventQuery query = new EventQuery(scope.districtCode(), EventPages.CENTRE.equals(scope.kind()) ? null : wardFilter,
                    scope.centreId(), scope.campaignId(), type == null || type.isBlank() ? null : EventType.valueOf(type),
                    from.toLocalDate(), to.toLocalDate(), null, false, 0, EventQuery.MAX_SIZE);
            for (EventCard card : calendar.events(query).items()) {
                boolean cancelled = card.cancelled();
                addEvent(DefaultScheduleEvent.<Long>builder()
                        .id(Long.toString(card.id()))
                        .data(card.id())
                        .title((cancelled ? "[" + FacesMessages.text("events.page.status.CANCELLED") + "] " : "")
                                + card.title() + " · " + card.placeLabel())
                        .description(card.placeLabel())
                        .startDate(card.start())
                        .endDate(card.end())
                        .editable(false)
                        .styleClass(cancelled ? "event-cancelled" : "event-" + card.type().name().toLowerCase(java.util.Locale.ROOT))
                        .url(context + "/event.xhtml?id=" + card.id())
                        .build());
            }
        }
    }

    public FeedLinks getFeed() {
        return FeedLinks.of(scope.kind() + "/" + scope.code());
    }

    public String[] getTypes() {
        return java.util.Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new);
    }

    public EventPages.Scope getScope() {
        return scope;
    }

    public List<EventPages.UnitChoice> getWards() {
        return wards;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The day the calendar opens on (from the address), today when none is given. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
